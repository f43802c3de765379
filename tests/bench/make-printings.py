#!/usr/bin/env python3
"""Make a wire story's reach for the story-group benchmark: every corpus page printed
by many papers.

usage: make-printings.py OUT_DIR [COPIES] [RATE] [SEED]

Writes COPIES copies (default 300) of each labelled corpus page into OUT_DIR, as
PAGE-NNN.txt, each with its own small edits: about RATE (default 0.002) of the
characters of each line replaced, dropped or doubled, as reprints differ. The line
breaks stay where they were, as text extracted from each paper's page would have its
own. With the four corpus pages and 300 copies: 1,200 pages, and stories printed by
300 (or, for a story two corpus pages share, 600 or 900) papers.
"""
import glob, os, random, sys

out = sys.argv[1]
copies = int(sys.argv[2]) if len(sys.argv) > 2 else 300
rate = float(sys.argv[3]) if len(sys.argv) > 3 else 0.002
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
here = os.path.dirname(os.path.abspath(__file__))
corpus = os.path.join(here, '..', '..', '..', 'shared', 'corpus')
if not os.path.isdir(corpus):
    corpus = os.path.join(here, '..', 'data', 'corpus')
pages = sorted(glob.glob(os.path.join(corpus, '*.txt')))
alphabet = sorted({c for p in pages for c in open(p, encoding='utf-8').read() if '\u4e00' <= c <= '\u9fff'})


def edited(line):
    chars = []
    for c in line:
        if '\u4e00' <= c <= '\u9fff' and rng.random() < rate:
            op = rng.random()
            if op < 0.5:
                chars.append(rng.choice(alphabet))   # a character replaced
            elif op < 0.75:
                continue                             # dropped
            else:
                chars.extend([c, rng.choice(alphabet)])   # one added
        else:
            chars.append(c)
    return ''.join(chars)


os.makedirs(out, exist_ok=True)
for page in pages:
    lines = open(page, encoding='utf-8').read().split('\n')
    name = os.path.basename(page)[:-4]
    for n in range(copies):
        with open(os.path.join(out, '%s-%03d.txt' % (name, n)), 'w', encoding='utf-8') as f:
            f.write('\n'.join(edited(line) for line in lines))
print('%d pages in %s' % (len(pages) * copies, out))
