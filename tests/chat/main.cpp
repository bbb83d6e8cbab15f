// SPDX-License-Identifier: Apache-2.0
#include "tests/support/catchsession.h"

// Qt
#include <QApplication>

#include <cstring>

// Local
#include "tests/support/isolateduserpaths.h"

int runChatStreamChild(const QString &databasePath, const QString &serverUrl); // test_chatkill.cpp

int main(int argc, char *argv[])
{
    // The chat dock needs no OpenGL: without an X server it runs offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    } else if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM",
                "xcb;offscreen"); // an X server refusing us is no reason to abort
    }
    // Each test process its own settings and data (the chat database among them): CTest runs
    // chat tests side by side, and a test that approves an endpoint saves the chat settings. A
    // child this process starts (the chat kill test's) shares its parent's.
    oncoview::testing::IsolatedUserPaths userPaths;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OncoViewTests"));
    QApplication::setApplicationName(QStringLiteral("tests_chat"));
    // "--chat-stream-child DB URL": the process the chat kill test kills mid-answer.
    if (argc == 4 && std::strcmp(argv[1], "--chat-stream-child") == 0) {
        return runChatStreamChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    return oncoview::testing::runCatchSession(argc, argv);
}
