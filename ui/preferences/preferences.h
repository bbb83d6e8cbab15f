// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QString>
#include <QStringList>

namespace oncoview::ui {

// What Edit > Preferences sets, kept in QSettings. Keys the rest of OncoView already reads are
// shared (inference/threads, models/folders, ui/language), so a value set here and one set
// from a menu are the same setting. Values read back are clamped to their ranges: a hand-edited
// or older settings file never yields a value the program cannot use.
struct Preferences
{
    QString device = QStringLiteral("auto"); // "auto" (CUDA when present), "cpu", "cuda"
    int threads = 0; // LibTorch intra-op threads; 0: LibTorch's default
    int tileCacheMiB = 512; // decoded slide tiles kept in memory
    double featureCacheGiB = 20.0; // slide-analysis features kept on disk; 0: no limit
    double pacsCacheGiB = 10.0; // series retrieved from archives kept on disk; 0: no limit
    QStringList modelFolders; // searched for model packages besides the standard ones
    bool leftButtonMovesCursor = false; // MRI views: left drag moves the cursor, not W/L
    // MRI views: what the right and middle buttons drag ("zoom", "pan", "windowLevel",
    // "cursor"), and whether the wheel zooms (else it moves through the slices).
    QString rightButton = QStringLiteral("zoom");
    QString middleButton = QStringLiteral("pan");
    bool wheelZooms = false;
    QString language; // "" follows the system; "en", "zh_HK", "zh_CN"
    QString theme = QStringLiteral("dark"); // "dark" (reading room) or "light"
    double fontPointSize = 0.0; // 0: the desktop's font size
    bool mriCentimetres = false; // MRI lengths and areas in cm and cm², else mm and mm²
    bool slideMillimetres = false; // slide annotations in mm and mm², else µm and µm²

    static constexpr int kMinTileCacheMiB = 64;
    static constexpr int kMaxTileCacheMiB = 16384;
    static constexpr double kMaxFeatureCacheGiB = 4096.0;
    static constexpr int kMaxThreads = 256;

    static Preferences load();
    void save() const;
    // Removes every key above: the next load() gives the defaults.
    static void reset();
    // What is wrong with these values, one sentence each (empty: they can be saved). Model
    // folders that do not exist or cannot be read are named.
    QStringList problems() const;

    // Device and thread changes reach the engine at the next start; language likewise.
    bool needsRestartComparedTo(const Preferences &running) const;
    bool operator==(const Preferences &) const = default;
};

} // namespace oncoview::ui
