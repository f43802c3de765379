#include "reflow/linemetrics.h"

#include "text/charclass.h"

#include <algorithm>
#include <array>
#include <limits>

namespace Jiaokan::Core {

namespace {

constexpr int Bins = 161;              // half-em bins up to 80 em
constexpr double MaxColumn = 60.0;     // wider than any newspaper column
constexpr int MinVotes = 4;

int binOf(double width)
{
    return std::min(Bins - 1, int(width * 2 + 0.5));
}

// Votes within half an em of a bin's centre.
int peakAround(const std::array<int, Bins> &h, int b)
{
    return h[b] + (b > 0 ? h[b - 1] : 0) + (b + 1 < Bins ? h[b + 1] : 0);
}

double peakedness(const QList<double> &widths)
{
    std::array<int, Bins> h{};
    int n = 0;
    for (double w : widths) {
        if (w < 4)
            continue;
        ++h[binOf(w)];
        ++n;
    }
    int best = 0;
    for (int b = 1; b < Bins - 1; ++b)
        best = std::max(best, peakAround(h, b));
    return n ? double(best) / n : 0.0;
}

} // namespace

LineMetrics::LineMetrics(const QList<QStringView> &lines)
{
    QList<double> full, compressed;
    full.reserve(lines.size());
    compressed.reserve(lines.size());
    for (QStringView l : lines) {
        const auto [f, c] = CharClass::emWidths(l);
        full.append(f);
        compressed.append(c);
    }
    m_compressed = peakedness(compressed) > peakedness(full) + 0.02;
    m_width = m_compressed ? compressed : full;

    // Sliding histogram over the window around each line, with the votes around each
    // bin kept up to date as lines enter and leave it.
    const qsizetype n = m_width.size();
    m_column.resize(n);
    std::array<int, Bins> around{};   // peakAround of each bin
    int votes = 0;
    bool changed = true;
    auto add = [&](qsizetype j, int delta) {
        if (j < 0 || j >= n || m_width[j] < 4)
            return;
        const int b = binOf(m_width[j]);
        for (int near = std::max(0, b - 1); near <= std::min(Bins - 1, b + 1); ++near)
            around[near] += delta;
        votes += delta;
        changed = true;
    };
    for (qsizetype j = 0; j <= Window && j < n; ++j)
        add(j, +1);
    int best = 0;
    double col = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0) {
            add(i + Window, +1);
            add(i - Window - 1, -1);
        }
        if (changed) {
            // The first maximum from the top: ties go to the wider column.
            int bestBin = -1;
            best = 0;
            for (int b = Bins - 2; b >= 1; --b) {
                if (around[b] > best) {
                    best = around[b];
                    bestBin = b;
                }
            }
            col = bestBin / 2.0;
            changed = false;
        }
        const bool wrapped = best >= MinVotes && best * 10 >= votes * 3 && col <= MaxColumn;
        m_column[i] = wrapped ? col : 0.0;
    }
}

double LineMetrics::shortfall(qsizetype i) const
{
    return isWrapped(i) ? m_column.at(i) - m_width.at(i) : std::numeric_limits<double>::infinity();
}

} // namespace Jiaokan::Core
