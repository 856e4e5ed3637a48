# py_http: an http.server on 127.0.0.1:47881 answering one GET from a forked
# http.client child.  The listening socket exists before the fork; the child
# waits 200 ms between sending the request and reading the reply, so the whole
# reply is queued when it reads; no log line and a fixed Date header.  The
# client binds the fixed port 47882 and both ends close with SO_LINGER {1,0},
# so every run prints the same ports and none meets a TIME_WAIT.
import http.client, http.server, os, socket, struct, time

LINGER = struct.pack("ii", 1, 0)

class Connection(http.client.HTTPConnection):
    def connect(self):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, LINGER)
        s.bind(("127.0.0.1", 47882))
        s.connect((self.host, self.port))
        self.sock = s

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, LINGER)
        body = b"hello from " + self.path.encode() + b"\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
    def date_time_string(self, timestamp=None):
        return "Thu, 01 Jan 1970 00:00:00 GMT"
    def version_string(self):
        return "corpus/1.0"

http.server.HTTPServer.allow_reuse_address = True
srv = http.server.HTTPServer(("127.0.0.1", 47881), Handler)
pid = os.fork()
if pid == 0:
    srv.socket.close()
    c = Connection("127.0.0.1", 47881)
    c.request("GET", "/index.txt")
    time.sleep(0.2)
    r = c.getresponse()
    print(r.status, r.reason, r.getheader("Content-Length"), r.read())
    c.close()
    os._exit(0)
srv.handle_request()
srv.server_close()
os.waitpid(pid, 0)
print("served")
