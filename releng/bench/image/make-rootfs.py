#!/usr/bin/env python3
"""Writes a deterministic synthetic root file system for image-build-bench.sh: directories, small,
medium and large files of text-like (compressible), random (incompressible) and mixed content,
symbolic links and a few hard links. Same seed, same tree, byte for byte.
Usage: make-rootfs.py DIR [SCALE]   (SCALE 1.0 = about 560 MB in about 24,000 entries)"""
import os
import random
import sys

root = sys.argv[1]
scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
rng = random.Random(20261206)

words = [''.join(rng.choice('abcdefghijklmnopqrstuvwxyz_') for _ in range(rng.randint(2, 11))) for _ in range(6000)]
words += ['{', '}', '=', '0x00', 'return', 'static', 'int', 'if', '#include', 'libc.so.6', '/usr/lib', '\n', '\n\t']
text = ' '.join(rng.choices(words, k=int(9_000_000 * max(scale, 0.2)))).encode()  # ~64 MB of pseudo source text
noise = rng.randbytes(48 << 20)


def content(size):
    kind = rng.random()
    if kind < 0.55:  # text: configuration, scripts, sources, docs
        at = rng.randrange(0, len(text) - size)
        return text[at:at + size]
    if kind < 0.80:  # already compressed: packages, images, firmware
        at = rng.randrange(0, len(noise) - size)
        return noise[at:at + size]
    out = bytearray()  # binaries: text-like runs between incompressible ones
    while len(out) < size:
        n = min(size - len(out), rng.randint(256, 16384))
        src = text if rng.random() < 0.6 else noise
        at = rng.randrange(0, len(src) - n)
        out += src[at:at + n]
    return bytes(out)


dirs = ['']
for i in range(int(600 * scale)):
    parent = rng.choice(dirs)
    d = os.path.join(parent, 'd%03d' % i)
    dirs.append(d)
    os.makedirs(os.path.join(root, d), exist_ok=True)

files = []
plan = [(int(21000 * scale), 256, 12 << 10), (int(2000 * scale), 32 << 10, 256 << 10), (int(40 * scale), 2 << 20, 12 << 20)]
n = 0
total = 0
for count, low, high in plan:
    for _ in range(count):
        size = rng.randint(low, high)
        path = os.path.join(root, rng.choice(dirs), 'f%05d' % n)
        n += 1
        with open(path, 'wb') as f:
            f.write(content(size))
        files.append(path)
        total += size
for i in range(int(1200 * scale)):
    target = rng.choice(files)
    link = os.path.join(root, rng.choice(dirs), 'l%04d' % i)
    os.symlink(os.path.relpath(target, os.path.dirname(link)), link)
for i in range(int(100 * scale)):
    target = rng.choice(files)
    os.link(target, os.path.join(os.path.dirname(target), 'h%03d' % i))
print('%d files, %d directories, %d bytes' % (len(files), len(dirs), total))
