#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace Jiaokan::Core {

// A set of BMP characters as a bit table, made at compile time: one test per character
// of a page where a string search would be one per member. Characters beyond the BMP
// are never in it.
class CodeUnitSet final
{
public:
    constexpr explicit CodeUnitSet(std::u16string_view chars)
    {
        for (char16_t c : chars)
            m_bits[c >> 6] |= std::uint64_t(1) << (c & 63);
    }
    constexpr bool contains(char32_t c) const { return c < 0x10000 && ((m_bits[c >> 6] >> (c & 63)) & 1); }

private:
    std::array<std::uint64_t, 1024> m_bits{};
};

} // namespace Jiaokan::Core
