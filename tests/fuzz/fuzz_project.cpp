// libFuzzer: any bytes as a .jiaokan project. Either refused with a reason, or a project
// whose every annotation anchor names one of its pages, and which saves and reads back
// the same.
#include "project/projectfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Jiaokan::Core;
    const QDir folder(QStringLiteral("/nonexistent/fuzz"));
    QString error;
    const auto project = ProjectFile::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                               folder, &error);
    if (!project) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    for (const Annotation &a : project->annotations)
        for (const Annotation::Anchor &anchor : a.anchors)
            if (std::none_of(project->pages.begin(), project->pages.end(),
                             [&](const Project::Page &p) { return p.path == anchor.page; }))
                __builtin_trap();
    QString again;
    const auto reread = ProjectFile::fromJson(ProjectFile::toJson(*project, folder), folder, &again);
    if (!reread || !(reread->annotations == project->annotations))
        __builtin_trap();
    return 0;
}
