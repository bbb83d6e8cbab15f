// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QObject>
#include <QStringList>

// Local
#include "inference/packageregistry.h"

#include <optional>
#include <vector>

namespace oncoview::ui {

// The model packages the user can run: the registry's system and user folders plus folders
// the user added (kept in QSettings). Scans read manifests only, so they are cheap enough for
// the GUI thread; loading and verifying a package happens on the engine thread.
class ModelLibrary : public QObject
{
    Q_OBJECT
public:
    explicit ModelLibrary(QObject *parent = nullptr);

    void addFolder(const QString &folder);
    QStringList addedFolders() const { return m_added; }
    // Replaces the added folders (Edit > Preferences); saved, and foldersChanged() when changed.
    void setFolders(const QStringList &folders);
    std::vector<inference::PackageEntry> scan() const;
    // First valid package whose inputs are the dce, t2 and dwi volumes a breast study has.
    std::optional<QString> mriPackage() const;
    static bool isMriPackage(const inference::Manifest &manifest);
    // The last valid two-stage slide (MIL) package, e.g. an mSTAR encoder with its aggregator.
    std::optional<QString> slidePackage() const;
    static bool isSlidePackage(const inference::Manifest &manifest)
    {
        return manifest.mil.has_value();
    }

    // LibTorch intra-op threads for the engine (0 = LibTorch's default); read at start-up.
    static int threadSetting();
    static void setThreadSetting(int threads);

Q_SIGNALS:
    void foldersChanged();

private:
    std::optional<QString> lastValid(bool (*kind)(const inference::Manifest &)) const;

    QStringList m_added;
};

} // namespace oncoview::ui
