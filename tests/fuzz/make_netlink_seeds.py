#!/usr/bin/env python3
"""Writes the seed inputs of fuzz_netlink into tests/fuzz/netlink-seeds/:
a first byte (low bit: 0 NETLINK_ROUTE, 1 NETLINK_SOCK_DIAG), then netlink
messages shaped like the kernel's and the tools' (ip, getifaddrs, ss)."""
import os
import struct

def nla(t, payload):
    n = 4 + len(payload)
    return struct.pack('<HH', n, t) + payload + b'\0' * (-n % 4)

def msg(t, flags, seq, payload):
    return struct.pack('<IHHII', 16 + len(payload), t, flags, seq, 0) + payload

def ip4(a):
    return bytes(int(x) for x in a.split('.'))

ROUTE, DIAG = b'\0', b'\1'
seeds = {
    'route-get': ROUTE + msg(26, 0x301, 1, struct.pack('<BBBBBBBBI', 2, 0, 0, 0, 0, 0, 0, 0, 0)
                             + nla(15, struct.pack('<I', 254))),
    'route-reply': ROUTE + msg(24, 2, 1, struct.pack('<BBBBBBBBI', 2, 24, 0, 0, 254, 2, 253, 1, 0)
                               + nla(15, struct.pack('<I', 254)) + nla(1, ip4('192.0.2.0'))
                               + nla(7, ip4('192.0.2.2')) + nla(4, struct.pack('<I', 1))
                               + nla(12, bytes(32))) + msg(3, 2, 1, struct.pack('<i', 0)),
    'link-reply': ROUTE + msg(16, 0, 2, struct.pack('<BBHiII', 0, 0, 772, 1, 0x10049, 0)
                              + nla(3, b'lo\0') + nla(4, struct.pack('<I', 65536))
                              + nla(16, b'\0') + nla(1, bytes(6)) + nla(2, b'\xff' * 6)
                              + nla(23, bytes(200)) + nla(7, bytes(96)) + nla(14, bytes(32))
                              + nla(67, b'\1') + nla(0x8000 | 26, nla(2, bytes(8)))),
    'addr-reply': ROUTE + msg(20, 2, 3, struct.pack('<BBBBI', 2, 8, 0x80, 254, 1)
                              + nla(1, ip4('127.0.0.1')) + nla(3, b'lo\0')
                              + nla(8, struct.pack('<I', 0x80)) + nla(6, bytes(16))),
    'error-ack': ROUTE + msg(2, 0x200, 4, struct.pack('<i', -17)
                             + msg(20, 0x605, 4, struct.pack('<BBBBI', 2, 32, 0, 0, 2)
                                   + nla(2, ip4('10.9.9.9')))
                             + nla(1, b'ipv4: Address already assigned\0')),
    'error-capped': ROUTE + msg(2, 0x100, 5, struct.pack('<i', 0) + msg(16, 5, 5, b'')),
    'diag-inet-req': DIAG + msg(20, 0x301, 6, struct.pack('<BBBBI', 2, 6, 0, 0, 0xfff)
                                + struct.pack('>HH', 0, 0) + bytes(32)
                                + struct.pack('<III', 0, 0, 0)),
    'diag-inet-reply': DIAG + msg(20, 2, 6, struct.pack('<BBBB', 2, 10, 0, 0)
                                  + struct.pack('>HH', 2024, 0) + bytes(32)
                                  + struct.pack('<IIIIIIII', 0, 4121, 0, 0, 0, 128, 0, 582)
                                  + nla(8, b'\0') + nla(15, bytes(4))
                                  + nla(21, struct.pack('<Q', 1)) + nla(22, b'\x52\0')
                                  + nla(4, b'bbr\0') + nla(2, bytes(32))),
    'diag-unix': DIAG + msg(20, 1, 7, struct.pack('<BBHIII', 1, 0, 0, 0xffffffff, 579, 0x14)
                            + struct.pack('<II', 0xffffffff, 0xffffffff))
                 + msg(20, 2, 7, struct.pack('<BBBBIII', 1, 1, 1, 0, 579, 298, 0)
                       + nla(2, struct.pack('<I', 578)) + nla(4, bytes(8)) + nla(6, b'\0')),
}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'netlink-seeds')
os.makedirs(out, exist_ok=True)
for name, data in seeds.items():
    with open(os.path.join(out, name), 'wb') as f:
        f.write(data)
