#pragma once

#include <QList>

#include <functional>

namespace Jiaokan::App {

// Texts set in the interface language, set again whenever it changes: each is a
// function that sets one, run once when added and again on apply().
class TranslatedTexts final
{
public:
    void add(std::function<void()> set)
    {
        set();
        m_setters.append(std::move(set));
    }
    void apply() const
    {
        for (const auto &set : m_setters)
            set();
    }

private:
    QList<std::function<void()>> m_setters;
};

} // namespace Jiaokan::App
