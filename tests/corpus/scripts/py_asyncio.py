# py_asyncio: an asyncio event loop (epoll, its self-pipe socketpair, non-blocking
# sockets) serving one TCP echo on loopback with fixed ports, plus a timer.
import asyncio, socket

async def handle(reader, writer):
    data = await reader.readline()
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 47871, reuse_address=True)
    await asyncio.sleep(0.01)
    reader, writer = await asyncio.open_connection("127.0.0.1", 47871, local_addr=("127.0.0.1", 47872))
    writer.write(b"echo me\n")
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
