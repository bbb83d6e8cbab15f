// SPDX-License-Identifier: Apache-2.0
// API keys are per server: typing a new server address in the settings must not hand it the
// key of the server before (the key would go out with the new server's first request).
#include <catch2/catch.hpp>

// Qt
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

// Local
#include "ui/chat/chatsettings.h"
#include "ui/chat/openaibackend.h"
#include "ui/chatdock.h"

using namespace oncoview;

namespace {

// Opens the dock's server dialog, lets `edit` fill it in, and accepts it.
void editServerSettings(ui::ChatDock &dock, const std::function<void(QDialog &)> &edit)
{
    bool edited = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            edit(*dialog);
            edited = true;
            dialog->accept();
        }
    });
    QPushButton *server = nullptr;
    for (QPushButton *button : dock.findChildren<QPushButton *>()) {
        if (button->text().startsWith(QStringLiteral("Server"))) {
            server = button;
        }
    }
    REQUIRE(server);
    server->click(); // exec() returns once the timer accepted the dialog
    CHECK(edited);
}

} // namespace

TEST_CASE("A new server typed in the settings does not get the previous server's key",
          "[chat][privacy][hardening]")
{
    // The dialog saves what it accepts: the settings are put back as they were at the end.
    const chat::ChatSettings saved = chat::ChatSettings::load();
    ui::ChatDock dock;
    chat::ChatSettings first;
    first.baseUrl = QStringLiteral("http://127.0.0.1:23333");
    first.model = QStringLiteral("meddr");
    dock.applySettings(first, QStringLiteral("sk-first-server"));
    auto *backend = dynamic_cast<chat::OpenAiBackend *>(dock.activeBackend());
    REQUIRE(backend);
    REQUIRE(backend->config().apiKey == QStringLiteral("sk-first-server"));

    // Another address, key field left as it was: the new server gets no key.
    editServerSettings(dock, [](QDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("chatBaseUrl"))
            ->setText(QStringLiteral("http://127.0.0.1:24444"));
    });
    CHECK(backend->config().baseUrl.port() == 24444);
    CHECK(backend->config().apiKey.isEmpty());

    // A key typed for it is used.
    editServerSettings(dock, [](QDialog &dialog) {
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("chatApiKey"));
        key->clear();
        QTest::keyClicks(key, QStringLiteral("sk-second"));
    });
    CHECK(backend->config().apiKey == QStringLiteral("sk-second"));

    // The same server again with the field untouched keeps its key.
    editServerSettings(dock, [](QDialog &) {});
    CHECK(backend->config().apiKey == QStringLiteral("sk-second"));
    saved.save();
}
