#!/usr/bin/env python3
"""Make a researcher's folder of newspaper pages for the matching benchmark.

usage: make-pages.py OUT_DIR [PAGES] [CHARS] [SEED]

Writes PAGES pages (default 10000) of about CHARS characters (default 2000) into
OUT_DIR, laid out as extracted page text: a headline, lines broken at 18 characters,
blank lines between paragraphs. Text is drawn character by character from the
frequencies of the corpus pages, so unrelated pages share no passage by chance.
One page in three also carries a wire story that 2 to 6 pages reprint, each with its
own dateline and small edits (rate 0.01), as papers do. OUT_DIR/truth.tsv lists the
pages of every wire story: every pair of them shares a passage.
"""
import collections, glob, os, random, sys

out = sys.argv[1]
pages = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
chars = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 11)
here = os.path.dirname(os.path.abspath(__file__))
corpus = os.path.join(here, '..', '..', '..', 'shared', 'corpus')
if not os.path.isdir(corpus):
    corpus = os.path.join(here, '..', 'data', 'corpus')
counts = collections.Counter()
for p in glob.glob(os.path.join(corpus, '*.txt')):
    counts.update(c for c in open(p, encoding='utf-8').read() if not c.isspace())
alphabet, weights = zip(*counts.items())


def text(n):
    return ''.join(rng.choices(alphabet, weights, k=n))


def edited(s, rate=0.01):
    out, i = [], 0
    while i < len(s):
        if rng.random() < rate:
            k = rng.randint(1, 4)
            op = rng.random()
            if op < 0.5:
                out.append(text(k)); i += k
            elif op < 0.75:
                i += k
            else:
                out.append(text(k))
        else:
            out.append(s[i]); i += 1
    return ''.join(out)


def layout(headline, paragraphs):
    lines = [headline, '']
    for p in paragraphs:
        lines += [p[i:i + 18] for i in range(0, len(p), 18)] + ['']
    return '\n'.join(lines) + '\n'


def paragraphs(s):
    cuts = sorted(rng.sample(range(60, max(61, len(s) - 60)), k=max(1, len(s) // 250)))
    return [s[a:b] for a, b in zip([0] + cuts, cuts + [len(s)]) if s[a:b]]


os.makedirs(out, exist_ok=True)
stories, truth = [], []
page_story = {}
p = 0
while p < pages:
    reprints = rng.randint(2, 6)
    wire = text(int(chars * 0.6))
    chosen = [q for q in rng.sample(range(pages), reprints) if q not in page_story]
    if len(chosen) >= 2 and len(page_story) < pages // 3:
        for q in chosen:
            page_story[q] = (len(truth), wire)
        truth.append(chosen)
    p += reprints * 3
for q in range(pages):
    parts = []
    if q in page_story:
        sid, wire = page_story[q]
        dateline = rng.choice(['新华社北京5月8日电 ', '据新华社电 ', '新华社莫斯科5月8日电 '])
        parts += paragraphs(dateline + edited(wire))
    parts += paragraphs(text(chars - sum(len(x) for x in parts)))
    if q in page_story and rng.random() < 0.5:
        parts = parts[len(parts) // 2:] + parts[:len(parts) // 2]   # the story placed lower on the page
    with open(os.path.join(out, f'page{q:05d}.txt'), 'w', encoding='utf-8') as f:
        f.write(layout(text(12), parts))
with open(os.path.join(out, 'truth.tsv'), 'w', encoding='utf-8') as f:
    for sid, qs in enumerate(truth):
        f.write(f"{sid}\t{','.join(f'page{q:05d}.txt' for q in sorted(qs))}\n")
print(f"{pages} pages, {len(truth)} wire stories on {len(page_story)} pages")
