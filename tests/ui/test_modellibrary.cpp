// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

// Qt
#include <QSettings>
#include <QSignalSpy>

// Local
#include "ui/modellibrary.h"

using namespace oncoview;

TEST_CASE("added package folders are remembered and the MRI package is found", "[models]")
{
    const QString models = QStringLiteral(ONCOVIEW_TEST_DEMO_DIR "/models");
    // Test-mode settings outlive a run: start from none, so the first add is really new.
    QSettings().clear();
    {
        ui::ModelLibrary library;
        QSignalSpy changed(&library, &ui::ModelLibrary::foldersChanged);
        library.addFolder(models);
        library.addFolder(models); // a duplicate is ignored
        CHECK(changed.size() == 1);
    }
    ui::ModelLibrary reopened; // settings survive the object
    REQUIRE(reopened.addedFolders().contains(models));
    const auto package = reopened.mriPackage();
    REQUIRE(package);
    CHECK(package->endsWith(QStringLiteral("mome-demo")));

    bool sawSlideModel = false;
    for (const auto &entry : reopened.scan()) {
        if (entry.isValid() && entry.directory.filename() == "abmil-demo") {
            sawSlideModel = true;
            CHECK_FALSE(ui::ModelLibrary::isMriPackage(*entry.manifest)); // patches, not volumes
            CHECK_FALSE(entry.manifest->validated);
        }
    }
    CHECK(sawSlideModel);
    const auto slidePackage = reopened.slidePackage();
    REQUIRE(slidePackage);
    CHECK(slidePackage->endsWith(QStringLiteral("abmil-demo")));
}

TEST_CASE("the inference thread setting persists and never goes negative", "[models]")
{
    ui::ModelLibrary::setThreadSetting(4);
    CHECK(ui::ModelLibrary::threadSetting() == 4);
    ui::ModelLibrary::setThreadSetting(-3);
    CHECK(ui::ModelLibrary::threadSetting() == 0);
}
