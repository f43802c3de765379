#pragma once

#include <QCoreApplication>

namespace Jiaokan::Core {
// Translation context for core code that is not a QObject.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Jiaokan::Core)
};
} // namespace Jiaokan::Core
