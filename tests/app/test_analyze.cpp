// SPDX-License-Identifier: Apache-2.0
// `oncoview-cli analyze` (shared CLI.md) through the real binary on the generated demo data.
#include <catch2/catch.hpp>

// Qt
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

// Local
#include "clirun.h"
#include "viewers/slide/demoslidewriter.h"
#include "viewers/slide/demotissue.h"

using oncoview::testing::CliRun;
using oncoview::testing::jsonOf;
using oncoview::testing::runCli;

namespace {

const QString kDemo = QStringLiteral(ONCOVIEW_TEST_DEMO_DIR);
const QString kMome = kDemo + QStringLiteral("/models/mome-demo");
const QString kMil = kDemo + QStringLiteral("/models/abmil-demo");
const QString kSlide = kDemo + QStringLiteral("/slide/oncoview-demo-slide.tif");
const QString kStudy = kDemo + QStringLiteral("/study");

QProcessEnvironment withCache(const QString &cacheDir)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("ONCOVIEW_FEATURE_CACHE"), cacheDir);
    return env;
}

bool copyDir(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &entry : QDir(from).entryInfoList(QDir::Files)) {
        if (!QFile::copy(entry.filePath(), to + QLatin1Char('/') + entry.fileName())) {
            return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("analyze runs the MRI package on a study and reports provenance", "[cli][analyze]")
{
    const CliRun run
        = runCli({QStringLiteral("analyze"), QStringLiteral("--package"), kMome, kStudy});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = jsonOf(run);
    const QJsonObject package = json.value(QStringLiteral("package")).toObject();
    CHECK(package.value(QStringLiteral("name")).toString() == QStringLiteral("oncoview-demo-mome"));
    CHECK(package.value(QStringLiteral("sha256")).toString().size() == 64);
    CHECK(package.value(QStringLiteral("validated")).toBool() == false);
    CHECK(package.value(QStringLiteral("signature")).toString() == QStringLiteral("absent"));
    CHECK(json.value(QStringLiteral("device")).toString() == QStringLiteral("cpu"));
    const QJsonObject outputs = json.value(QStringLiteral("outputs")).toObject();
    CHECK(outputs.value(QStringLiteral("malignancy"))
              .toObject()
              .value(QStringLiteral("malignant"))
              .toDouble()
          > 0.5);
    CHECK(outputs.contains(QStringLiteral("pcr")));
    const QJsonObject shapley = json.value(QStringLiteral("contributions"))
                                    .toObject()
                                    .value(QStringLiteral("shapley"))
                                    .toObject()
                                    .value(QStringLiteral("malignancy"))
                                    .toObject();
    CHECK(shapley.contains(QStringLiteral("dce")));
    CHECK(shapley.contains(QStringLiteral("dwi")));
    const QJsonArray series
        = json.value(QStringLiteral("input")).toObject().value(QStringLiteral("series")).toArray();
    CHECK(series.size() == 3);
    for (const QJsonValue &one : series) {
        CHECK_FALSE(one.toObject().value(QStringLiteral("uid")).toString().isEmpty());
    }
}

TEST_CASE("analyze a slide: attention on the tumours, then the cache answers in under 2 s",
          "[cli][analyze][slide]")
{
    QTemporaryDir cache;
    REQUIRE(cache.isValid());
    const QStringList args {QStringLiteral("analyze"), QStringLiteral("--package"), kMil, kSlide};
    const CliRun first = runCli(args, 600000, withCache(cache.path()));
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject json = jsonOf(first);
    CHECK(json.value(QStringLiteral("cache")).toString() == QStringLiteral("miss"));
    CHECK(json.value(QStringLiteral("patches")).toInt() > 100);
    const QJsonArray top = json.value(QStringLiteral("top_patches")).toArray();
    REQUIRE(top.size() == 20);
    // The demo slide's ground truth: its tumour regions (same default options as make-demo).
    const oncoview::slide::DemoSlideOptions demo;
    const oncoview::slide::DemoTissue tissue(demo.width, demo.height, demo.seed);
    int inside = 0;
    for (const QJsonValue &value : top) {
        const QJsonObject patch = value.toObject();
        const double half = patch.value(QStringLiteral("size")).toDouble() / 2;
        inside += tissue.isTumour(patch.value(QStringLiteral("x")).toDouble() + half,
                                  patch.value(QStringLiteral("y")).toDouble() + half);
    }
    WARN("demo slide: " << inside << " of 20 most attended patches in a tumour; first run "
                        << first.seconds << " s, "
                        << json.value(QStringLiteral("patches_per_second")).toDouble()
                        << " patches/s");
    CHECK(inside >= 18);

    const CliRun second = runCli(args, 600000, withCache(cache.path()));
    REQUIRE(second.exitCode == 0);
    const QJsonObject again = jsonOf(second);
    CHECK(again.value(QStringLiteral("cache")).toString() == QStringLiteral("hit"));
    CHECK(again.value(QStringLiteral("seconds")).toDouble() < 2.0);
    CHECK(second.seconds < 10.0); // the whole process with LibTorch start-up, on a loaded CI box
    CHECK(again.value(QStringLiteral("outputs")) == json.value(QStringLiteral("outputs")));
    CHECK(again.value(QStringLiteral("top_patches")) == json.value(QStringLiteral("top_patches")));
}

TEST_CASE("analyze exit codes: unreadable input, refused package, missing input", "[cli][analyze]")
{
    SECTION("an input that does not exist: exit 2")
    {
        const CliRun run = runCli({QStringLiteral("analyze"), QStringLiteral("--package"), kMome,
                                   QStringLiteral("/no/such/study")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.startsWith("error: /no/such/study: "));
    }
    SECTION("a package whose model file changed: exit 3 naming sha256 and the file")
    {
        QTemporaryDir dir;
        REQUIRE(copyDir(kMome, dir.path()));
        QFile model(dir.filePath(QStringLiteral("model.pt")));
        REQUIRE(model.open(QIODevice::Append));
        model.write("tampered");
        model.close();
        const CliRun run
            = runCli({QStringLiteral("analyze"), QStringLiteral("--package"), dir.path(), kStudy});
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains("sha256"));
        CHECK(run.err.contains("model.pt"));
        CHECK(run.err.count('\n') == 1);
    }
    SECTION("a study without DCE for a package that needs it: exit 4 saying which")
    {
        QTemporaryDir dir;
        REQUIRE(copyDir(kStudy + QStringLiteral("/T2"), dir.filePath(QStringLiteral("T2"))));
        const CliRun run
            = runCli({QStringLiteral("analyze"), QStringLiteral("--package"), kMome, dir.path()});
        CHECK(run.exitCode == 4);
        CHECK(run.err.contains("dce"));
    }
    SECTION("a slide model on an MRI study, an MRI model on a slide: exit 3")
    {
        const CliRun slideOnStudy
            = runCli({QStringLiteral("analyze"), QStringLiteral("--package"), kMil, kStudy});
        CHECK(slideOnStudy.exitCode == 3);
        CHECK(slideOnStudy.err.contains("slide (MIL) package"));
        const CliRun studyOnSlide
            = runCli({QStringLiteral("analyze"), QStringLiteral("--package"), kMome, kSlide});
        CHECK(studyOnSlide.exitCode == 3);
        CHECK(studyOnSlide.err.contains("not a slide"));
    }
}

TEST_CASE("a study without T2 and DWI runs with them masked and says so", "[cli][analyze]")
{
    // The demo package was trained to run without T2 and DWI (optional_inputs): it runs, names
    // what was missing, and still gives Shapley values over all three inputs.
    QTemporaryDir dir;
    REQUIRE(copyDir(kStudy + QStringLiteral("/DCE"), dir.filePath(QStringLiteral("DCE"))));
    const CliRun run = runCli({QStringLiteral("analyze"), QStringLiteral("--package"), kMome, dir.path()});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = jsonOf(run);
    const QJsonArray missing = json.value(QStringLiteral("missing_inputs")).toArray();
    CHECK(missing.contains(QStringLiteral("t2")));
    CHECK(missing.contains(QStringLiteral("dwi")));
    CHECK(json.value(QStringLiteral("input")).toObject().value(QStringLiteral("series")).toArray().size() == 1);
}

TEST_CASE("analyze --batch writes one JSON per input and resumes", "[cli][analyze]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile list(dir.filePath(QStringLiteral("list.txt")));
    REQUIRE(list.open(QIODevice::WriteOnly));
    list.write((kStudy + QStringLiteral("\n/no/such/study\n")).toUtf8());
    list.close();
    const QString out = dir.filePath(QStringLiteral("out"));
    const QStringList args {
        QStringLiteral("analyze"), QStringLiteral("--package"), kMome, QStringLiteral("--batch"),
        list.fileName(),           QStringLiteral("--out"),     out};
    const CliRun first = runCli(args);
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 1); // one input failed
    CHECK(QDir(out).entryList(QDir::Files).size() == 2);
    CHECK(first.err.contains("[1/2]"));
    const CliRun second = runCli(args);
    CHECK(second.err.count("done before, skipped") == 2);
}

TEST_CASE("held-out phantoms through the CLI: malignancy and pCR are learnt",
          "[cli][analyze][phantoms][long]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // The held-out cases of the in-process demo-model test (seeds 50000..), here written as DICOM
    // and read back through the scanner, loader and CLI.
    const CliRun made = runCli({QStringLiteral("make-phantoms"), dir.path(), QStringLiteral("48"),
                                QStringLiteral("50000")},
                               600000);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    QFile labelsFile(dir.filePath(QStringLiteral("labels.json")));
    REQUIRE(labelsFile.open(QIODevice::ReadOnly));
    const QJsonArray labels = QJsonDocument::fromJson(labelsFile.readAll()).array();
    REQUIRE(labels.size() == 48);
    QFile list(dir.filePath(QStringLiteral("list.txt")));
    REQUIRE(list.open(QIODevice::WriteOnly));
    for (const QJsonValue &label : labels) {
        list.write((label.toObject().value(QStringLiteral("study")).toString() + QLatin1Char('\n'))
                       .toUtf8());
    }
    list.close();
    const QString out = dir.filePath(QStringLiteral("out"));
    const CliRun run
        = runCli({QStringLiteral("analyze"), QStringLiteral("--package"), kMome,
                  QStringLiteral("--batch"), list.fileName(), QStringLiteral("--out"), out},
                 600000);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // Mann-Whitney AUC from the batch results, matched to labels by study path.
    std::vector<std::pair<double, int>> malignancy, pcr;
    for (const QFileInfo &file : QDir(out).entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(file.filePath());
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        const QString study = json.value(QStringLiteral("input"))
                                  .toObject()
                                  .value(QStringLiteral("study"))
                                  .toString();
        const QJsonObject outputs = json.value(QStringLiteral("outputs")).toObject();
        for (const QJsonValue &value : labels) {
            const QJsonObject label = value.toObject();
            if (label.value(QStringLiteral("study")).toString() != study) {
                continue;
            }
            malignancy.push_back({outputs.value(QStringLiteral("malignancy"))
                                      .toObject()
                                      .value(QStringLiteral("malignant"))
                                      .toDouble(),
                                  label.value(QStringLiteral("malignant")).toInt()});
            if (label.value(QStringLiteral("pcr")).toInt() >= 0) {
                pcr.push_back({outputs.value(QStringLiteral("pcr"))
                                   .toObject()
                                   .value(QStringLiteral("pCR"))
                                   .toDouble(),
                               label.value(QStringLiteral("pcr")).toInt()});
            }
        }
    }
    const auto auc = [](const std::vector<std::pair<double, int>> &cases) {
        double wins = 0, pairs = 0;
        for (const auto &[p, yes] : cases) {
            for (const auto &[q, no] : cases) {
                if (yes == 1 && no == 0) {
                    wins += p > q ? 1.0 : p == q ? 0.5 : 0.0;
                    pairs += 1;
                }
            }
        }
        return pairs > 0 ? wins / pairs : 0.0;
    };
    REQUIRE(malignancy.size() == 48);
    WARN("held-out phantoms via CLI: malignancy AUC " << auc(malignancy) << ", pCR AUC " << auc(pcr)
                                                      << " (" << pcr.size() << " cancers)");
    CHECK(auc(malignancy) >= 0.95);
    CHECK(auc(pcr) >= 0.8);
}

TEST_CASE("only a verified signature lifts the validated label", "[cli][analyze][signature]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString package = dir.filePath(QStringLiteral("package"));
    REQUIRE(copyDir(kMome, package));
    // The package claims validation: alone that changes nothing.
    QFile manifest(package + QStringLiteral("/manifest.json"));
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(manifest.readAll()).object();
    manifest.close();
    json.insert(QStringLiteral("validated"), true);
    REQUIRE(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifest.write(QJsonDocument(json).toJson());
    manifest.close();
    const QString keys = dir.filePath(QStringLiteral("trusted"));
    QDir().mkpath(keys);
    QProcessEnvironment env;
    env.insert(QStringLiteral("ONCOVIEW_TRUSTED_KEYS"), keys);
    const QStringList analyze {QStringLiteral("analyze"), QStringLiteral("--package"), package,
                               kStudy};
    const auto packageJson = [&] {
        const CliRun run = runCli(analyze, 120000, env);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return jsonOf(run).value(QStringLiteral("package")).toObject();
    };
    QJsonObject claimed = packageJson();
    CHECK(claimed.value(QStringLiteral("claims_validated")).toBool());
    CHECK_FALSE(claimed.value(QStringLiteral("validated")).toBool());
    CHECK(claimed.value(QStringLiteral("signature")).toString() == QStringLiteral("absent"));

    const QString privateKey = dir.filePath(QStringLiteral("publisher.pem"));
    REQUIRE(runCli({QStringLiteral("make-signing-key"), privateKey,
                    keys + QStringLiteral("/publisher.pub.pem")})
                .exitCode
            == 0);
    const CliRun signedRun
        = runCli({QStringLiteral("sign-package"), QStringLiteral("--key"), privateKey, package});
    INFO(signedRun.err.toStdString());
    REQUIRE(signedRun.exitCode == 0);
    const QJsonObject verified = packageJson();
    CHECK(verified.value(QStringLiteral("signature")).toString() == QStringLiteral("verified"));
    CHECK(verified.value(QStringLiteral("validated")).toBool());
    CHECK(verified.value(QStringLiteral("sha256")) == claimed.value(QStringLiteral("sha256")));

    // Edited after signing: the signature no longer verifies and the label comes back.
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    json = QJsonDocument::fromJson(manifest.readAll()).object();
    manifest.close();
    json.insert(QStringLiteral("intended_use"), QStringLiteral("Anything at all"));
    REQUIRE(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifest.write(QJsonDocument(json).toJson());
    manifest.close();
    const QJsonObject tampered = packageJson();
    CHECK(tampered.value(QStringLiteral("signature")).toString() == QStringLiteral("invalid"));
    CHECK_FALSE(tampered.value(QStringLiteral("validated")).toBool());
}
