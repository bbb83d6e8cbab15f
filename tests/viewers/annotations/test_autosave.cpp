// SPDX-License-Identifier: Apache-2.0
#include "annotationtestutil.h"
#include "viewers/slide/annotations/annotationautosave.h"
#include "viewers/slide/annotations/annotationmodel.h"

#include <catch2/catch.hpp>

// Qt
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace oncoview::slide;
using namespace oncoview::slide::test;

namespace {

// The same session in the test and in the child process that is killed: every edit kind the
// journal must carry, including a remove and an undo (which re-inserts at the old index).
void playSession(AnnotationModel &model)
{
    Annotation a = Annotation::polygon({{0, 0}, {100, 0}, {50, 80}});
    a.id = "11111111-1111-4111-8111-111111111111";
    Annotation b = Annotation::ellipse(QRectF(200, 200, 60, 30));
    b.id = "22222222-2222-4222-8222-222222222222";
    Annotation c = Annotation::points({{5, 5}, {6, 6}});
    c.id = "33333333-3333-4333-8333-333333333333";
    model.add(a);
    model.add({b, c});
    model.translate({a.id}, QPointF(0.1 + 0.2, 7));
    model.setClass({b.id}, "Tumor");
    model.setVertex(a.id, {0, 0, 2}, QPointF(55, 90));
    model.remove({a.id});
    model.undoStack()->undo(); // a comes back at index 0
    model.setNotes(c.id, "counted twice");
    model.remove({c.id});
    model.setLocked({b.id}, true);
}

void requireSameDocument(const QList<Annotation> &expected, const QList<Annotation> &actual)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        requireSame(expected[i], actual[i]);
    }
}

int lineCount(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : -1;
}

} // namespace

// The child half of the crash test (see main.cpp): play the session, then die without any
// chance to clean up.
int runAutosaveCrashChild(const QString &basePath)
{
    AnnotationModel model;
    AnnotationAutosave autosave(&model, basePath, 3600);
    playSession(model);
#ifdef SIGKILL
    std::raise(SIGKILL);
#endif
    std::abort();
}

TEST_CASE("a killed process loses no edit: snapshot plus journal replay", "[annotations][autosave]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath("slide.geojson");
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {"--autosave-crash-child", base});
    REQUIRE(child.waitForFinished(30000));
    CHECK(child.exitStatus() == QProcess::CrashExit);

    AnnotationModel expected;
    playSession(expected);
    const AnnotationReadResult recovered = AnnotationAutosave::recover(base);
    REQUIRE(recovered.ok());
    CHECK(recovered.warnings.isEmpty());
    requireSameDocument(expected.annotations(), recovered.annotations);
    // The first add wrote the snapshot; the ten model changes after it are journal lines.
    CHECK(lineCount(AnnotationAutosave::journalPathFor(base)) == 1 + 10);
}

namespace {

// Edit `n` of the stress session: a 400-vertex polygon, so the document grows by about 20 KB
// an edit and a snapshot takes long enough to be killed in the middle of.
Annotation stressEdit(int n)
{
    QPolygonF ring;
    for (int v = 0; v < 400; ++v) {
        const double angle = 2.0 * M_PI * v / 400.0;
        ring << QPointF(1000.0 * n + 300.0 * std::cos(angle), 500.0 + 300.0 * std::sin(angle));
    }
    Annotation a = Annotation::polygon(ring);
    a.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    return a;
}

} // namespace

// The child half of the kill test: edits without end, a snapshot every 8 edits, and after each
// edit its count on stdout, written only once the model has reported it to the autosave.
int runAutosaveStressChild(const QString &basePath)
{
    AnnotationModel model;
    AnnotationAutosave autosave(&model, basePath, 1);
    for (int n = 0;; ++n) {
        model.add(stressEdit(n));
        if (n % 8 == 7) {
            autosave.writeSnapshot();
        }
        std::printf("%d\n", n + 1);
        std::fflush(stdout);
        QCoreApplication::processEvents(); // the autosave's timers (fsync, periodic snapshot)
    }
}

TEST_CASE("killed at any moment, even mid-snapshot, the autosave keeps every finished edit",
          "[annotations][autosave][crash]")
{
    // Kills at different moments; with a snapshot every 8 edits, some land inside one.
    for (const int killAfterMs : {150, 260, 370, 480, 590, 700}) {
        QTemporaryDir dir;
        const QString base = dir.filePath("slide.svs");
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {"--autosave-stress-child", base});
        REQUIRE(child.waitForStarted(10000));
        QElapsedTimer clock;
        clock.start();
        int reported = 0;
        QByteArray pending;
        while (clock.elapsed() < killAfterMs || reported < 9) {
            child.waitForReadyRead(20);
            pending += child.readAllStandardOutput();
            const qsizetype end = pending.lastIndexOf('\n');
            if (end >= 0) {
                const QList<QByteArray> lines = pending.left(end).split('\n');
                reported = lines.last().trimmed().toInt();
                pending.remove(0, end + 1);
            }
            REQUIRE(clock.elapsed() < 20000);
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        REQUIRE(child.waitForFinished(10000));
        CHECK(child.exitStatus() == QProcess::CrashExit);

        const AnnotationReadResult recovered = AnnotationAutosave::recover(base);
        INFO("killed after " << killAfterMs << " ms; the child had reported " << reported
                             << " edits; recovered " << recovered.annotations.size());
        REQUIRE(recovered.ok());
        // Every edit the child finished is there (a kill leaves the kernel's copy intact), in
        // order and whole; at most the one in progress is missing or torn.
        CHECK(recovered.annotations.size() >= reported);
        for (qsizetype i = 0; i < recovered.annotations.size(); ++i) {
            requireSame(stressEdit(int(i)), recovered.annotations[i]);
        }
    }
}

TEST_CASE("recovery reads what is on disk while the writer is still open",
          "[annotations][autosave]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath("doc");
    AnnotationModel model;
    AnnotationAutosave autosave(&model, base, 3600);
    CHECK_FALSE(QFile::exists(autosave.snapshotPath())); // nothing before the first edit
    playSession(model);
    requireSameDocument(model.annotations(), AnnotationAutosave::recover(base).annotations);

    // A snapshot compacts the journal to its header; later edits go on top of it.
    REQUIRE(autosave.writeSnapshot());
    CHECK(lineCount(autosave.journalPath()) == 1);
    model.translate({"22222222-2222-4222-8222-222222222222"}, {1, 1}); // refused: locked
    model.setLocked({"22222222-2222-4222-8222-222222222222"}, false);
    model.translate({"22222222-2222-4222-8222-222222222222"}, {1, 1});
    CHECK(lineCount(autosave.journalPath()) == 3);
    requireSameDocument(model.annotations(), AnnotationAutosave::recover(base).annotations);
}

TEST_CASE("a torn last line and a stale journal are skipped with a warning",
          "[annotations][autosave]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath("doc");
    AnnotationModel model;
    AnnotationAutosave autosave(&model, base, 3600);
    playSession(model);
    const QList<Annotation> state = model.annotations();
    {
        QFile journal(autosave.journalPath());
        REQUIRE(journal.open(QIODevice::Append));
        journal.write(R"({"op":"put","index":0,"feature":{"type":"Feat)"); // died mid-write
    }
    AnnotationReadResult recovered = AnnotationAutosave::recover(base);
    requireSameDocument(state, recovered.annotations);
    CHECK(recovered.warnings.filter("cut off").size() == 1);

    // Died between writing a new snapshot and truncating the old journal: never replay it.
    QFile journal(autosave.journalPath());
    REQUIRE(journal.open(QIODevice::ReadOnly));
    const QByteArray oldJournal = journal.readAll();
    journal.close();
    model.add(Annotation::point({1, 1}));
    REQUIRE(autosave.writeSnapshot());
    REQUIRE(journal.open(QIODevice::WriteOnly | QIODevice::Truncate));
    journal.write(oldJournal);
    journal.close();
    recovered = AnnotationAutosave::recover(base);
    requireSameDocument(model.annotations(), recovered.annotations);
    CHECK(recovered.warnings.filter("another snapshot").size() == 1);
}

TEST_CASE("snapshots are throttled to the interval", "[annotations][autosave]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath("doc");
    AnnotationModel model;
    AnnotationAutosave autosave(&model, base, 1);
    const QString id = model.add(Annotation::point({1, 1})); // first edit: snapshot at once
    CHECK(lineCount(autosave.journalPath()) == 1);
    model.translate({id}, {1, 0});
    model.translate({id}, {1, 0});
    CHECK(lineCount(autosave.journalPath()) == 3); // journalled, no snapshot yet
    QElapsedTimer timer;
    timer.start();
    while (lineCount(autosave.journalPath()) != 1 && timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    CHECK(timer.elapsed() >= 900);
    CHECK(lineCount(autosave.journalPath()) == 1); // the snapshot took the journal over
    requireSameDocument(model.annotations(), AnnotationAutosave::recover(base).annotations);
}

TEST_CASE("recovery newer than the document is reported; discard removes it",
          "[annotations][autosave]")
{
    QTemporaryDir dir;
    const QString document = dir.filePath("doc.geojson");
    const QString base = document;
    CHECK_FALSE(AnnotationAutosave::hasNewerRecovery(document, base));
    CHECK(AnnotationAutosave::recover(base).error.contains("no recovery snapshot"));

    AnnotationModel model;
    AnnotationAutosave autosave(&model, base, 3600);
    model.add(Annotation::point({1, 1}));
    CHECK(AnnotationAutosave::hasNewerRecovery(document, base)); // never saved at all

    QFile file(document);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{}");
    REQUIRE(file.flush()); // a write after setFileTime would reset the time
    const QDateTime now = QDateTime::currentDateTime();
    REQUIRE(file.setFileTime(now.addSecs(-60), QFileDevice::FileModificationTime));
    file.close();
    CHECK(AnnotationAutosave::hasNewerRecovery(document, base));
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(now.addSecs(60), QFileDevice::FileModificationTime));
    file.close();
    CHECK_FALSE(AnnotationAutosave::hasNewerRecovery(document, base));

    autosave.discard();
    CHECK_FALSE(QFile::exists(autosave.snapshotPath()));
    CHECK_FALSE(QFile::exists(autosave.journalPath()));
    model.add(Annotation::point({2, 2})); // starts afresh with a snapshot
    requireSameDocument(model.annotations(), AnnotationAutosave::recover(base).annotations);

    // An unwritable place is reported, not ignored.
    AnnotationModel other;
    AnnotationAutosave broken(&other, dir.filePath("no/such/dir/doc"), 3600);
    QStringList failures;
    QObject::connect(&broken, &AnnotationAutosave::failed,
                     [&](const QString &message) { failures << message; });
    other.add(Annotation::point({1, 1}));
    CHECK(failures.size() == 1);
    CHECK(broken.lastError().contains("cannot write"));
}
