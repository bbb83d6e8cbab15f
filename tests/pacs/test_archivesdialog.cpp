// SPDX-License-Identifier: Apache-2.0
// Edit ▸ Preferences ▸ PACS Archives…: an archive is set up, tested against a real Orthanc and
// saved without searching it; what cannot be used is said before anything is kept.
#include <catch2/catch.hpp>

// Qt
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

// Local
#include "orthancserver.h"
#include "tests/support/prerequisite.h"
#include "ui/pacs/archivesdialog.h"
#include "ui/pacs/pacsserverform.h"
#include "ui/pacs/pacsservers.h"
#include "ui/preferences/preferencesdialog.h"

using namespace oncoview;

TEST_CASE("Archives are set up, tested and saved from the preferences", "[pacs][gui]")
{
    if (!testing::OrthancServer::installed()) {
        ONCOVIEW_SKIP_OR_FAIL("Orthanc (orthanc, orthanc-dicomweb) is missing");
        return;
    }
    QSettings().remove(QStringLiteral("pacs"));
    testing::OrthancServer orthanc;
    REQUIRE(orthanc.start().isEmpty());

    // The preferences lead to the archives.
    ui::PreferencesDialog preferences(ui::Preferences {});
    QPushButton *archivesButton = nullptr;
    for (auto *candidate : preferences.findChildren<QPushButton *>()) {
        if (candidate->text().contains(QStringLiteral("Arc&hives"))) {
            archivesButton = candidate;
        }
    }
    REQUIRE(archivesButton);
    QSignalSpy asked(&preferences, &ui::PreferencesDialog::archivesRequested);
    archivesButton->click();
    CHECK(asked.count() == 1);

    ui::ArchivesDialog dialog;
    ui::PacsServer server;
    server.name = QStringLiteral("Radiology");
    dialog.form()->setServer(server);
    CHECK_FALSE(dialog.save()); // no URL yet
    CHECK(dialog.status().contains(QStringLiteral("URL")));
    CHECK(ui::pacsservers::load().isEmpty());

    server.baseUrl = QUrl(orthanc.dicomWebRoot());
    server.timeoutMs = 45000;
    dialog.form()->setServer(server);
    dialog.test();
    REQUIRE(QTest::qWaitFor([&] { return dialog.status().contains(QStringLiteral("answers")); },
                            20000));
    REQUIRE(dialog.save());
    const QList<ui::PacsServer> saved = ui::pacsservers::load();
    REQUIRE(saved.size() == 1);
    CHECK(saved.front().name == QStringLiteral("Radiology"));
    CHECK(saved.front().baseUrl == server.baseUrl);
    CHECK(saved.front().timeoutMs == 45000);
    CHECK(ui::pacsservers::lastUsed().name == QStringLiteral("Radiology"));

    // The archive stopped: Test says so, and nothing saved is changed.
    orthanc.stop();
    dialog.test();
    REQUIRE(QTest::qWaitFor([&] { return dialog.status().contains(QStringLiteral("refused")); },
                            20000));
    CHECK(ui::pacsservers::load().size() == 1);
    QSettings().remove(QStringLiteral("pacs"));
}
