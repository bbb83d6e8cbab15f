// SPDX-License-Identifier: Apache-2.0
#include "ui/i18n/lowerlayertext.h"

// Qt
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <optional>
#include <vector>

namespace oncoview::ui {

namespace {

constexpr const char *kContext = "oncoview::lower";

// Each sentence exactly as the lower layer writes it (a test fails when one drifts).
// clang-format off
constexpr const char *kSentences[] = {
    // Slides (viewers/slide/openslidesource.cpp)
    QT_TRANSLATE_NOOP("oncoview::lower", "unsupported or corrupt slide file (OpenSlide %1 does not recognise it)"),
    QT_TRANSLATE_NOOP("oncoview::lower", "corrupt or unsupported slide: %1"),
    QT_TRANSLATE_NOOP("oncoview::lower", "no such file"),
    QT_TRANSLATE_NOOP("oncoview::lower", "not a file"),
    QT_TRANSLATE_NOOP("oncoview::lower", "permission denied"),
    QT_TRANSLATE_NOOP("oncoview::lower", "the slide has no readable pyramid level"),
    QT_TRANSLATE_NOOP("oncoview::lower", "slide reading stopped after %1 consecutive errors; first error: %2"),
    QT_TRANSLATE_NOOP("oncoview::lower", "out of memory for a %1 x %2 region"),
    // Annotation import and recovery (viewers/slide/annotations/)
    QT_TRANSLATE_NOOP("oncoview::lower", "unsupported geometry type \"%1\""),
    QT_TRANSLATE_NOOP("oncoview::lower", "journal belongs to another snapshot: ignored"),
    QT_TRANSLATE_NOOP("oncoview::lower", "last journal entry was cut off: skipped"),
    QT_TRANSLATE_NOOP("oncoview::lower", "MultiLineString split into %1 lines"),
    QT_TRANSLATE_NOOP("oncoview::lower", "GeometryCollection split into %1 annotations"),
    QT_TRANSLATE_NOOP("oncoview::lower", "the clipboard holds no annotations"),
    QT_TRANSLATE_NOOP("oncoview::lower", "a polygon ring needs at least 3 vertices"),
    QT_TRANSLATE_NOOP("oncoview::lower", "a line needs at least 2 vertices"),
    // MRI readers (viewers/mri/io/)
    QT_TRANSLATE_NOOP("oncoview::lower", "cannot open file"),
    QT_TRANSLATE_NOOP("oncoview::lower", "loading cancelled"),
    QT_TRANSLATE_NOOP("oncoview::lower", "series has no image files"),
    QT_TRANSLATE_NOOP("oncoview::lower", "phase has %1 files, expected %2"),
    QT_TRANSLATE_NOOP("oncoview::lower", "frames lack Plane Orientation or Pixel Measures"),
    QT_TRANSLATE_NOOP("oncoview::lower", "not a NIfTI file: shorter than a NIfTI header"),
    QT_TRANSLATE_NOOP("oncoview::lower", "not a NIfTI file: header size field is neither 348 nor 540"),
    QT_TRANSLATE_NOOP("oncoview::lower", "NIfTI vox_offset lies beyond the end of the file"),
    // Measurements kept with a study (viewers/mri/measurementio.cpp)
    QT_TRANSLATE_NOOP("oncoview::lower", "not a JSON object (%1)"),
    QT_TRANSLATE_NOOP("oncoview::lower", "not an OncoView measurements file"),
    QT_TRANSLATE_NOOP("oncoview::lower", "written by a newer OncoView (version %1)"),
    QT_TRANSLATE_NOOP("oncoview::lower", "more than %1 measurements"),
    QT_TRANSLATE_NOOP("oncoview::lower", "measurement %1 is malformed"),
    // Models and analyses (inference/)
    QT_TRANSLATE_NOOP("oncoview::lower", "missing input '%1'"),
    QT_TRANSLATE_NOOP("oncoview::lower", "input '%1' has shape %2, model expects %3"),
    QT_TRANSLATE_NOOP("oncoview::lower", "cannot read %1"),
    QT_TRANSLATE_NOOP("oncoview::lower", "no manifest.json in %1"),
    QT_TRANSLATE_NOOP("oncoview::lower", "%1 is not a valid JSON object"),
    QT_TRANSLATE_NOOP("oncoview::lower", "no model file: 'files' lists no .pt or .pt2 file"),
    QT_TRANSLATE_NOOP("oncoview::lower", "model file '%1' is not listed in 'files'"),
    QT_TRANSLATE_NOOP("oncoview::lower", "the slide has no levels"),
    QT_TRANSLATE_NOOP("oncoview::lower", "no tissue was found on the slide (nothing to analyse)"),
    QT_TRANSLATE_NOOP("oncoview::lower", "the slide has no low-resolution level to find tissue on (smallest is %1 × %2 px)"),
    QT_TRANSLATE_NOOP("oncoview::lower", "the slide does not say how many micrometres a pixel covers (no microns-per-pixel); the model needs it to take patches at %1 µm/px: enter it to analyse this slide"),
    QT_TRANSLATE_NOOP("oncoview::lower", "cannot open the slide for reading: %1"),
    QT_TRANSLATE_NOOP("oncoview::lower", "cancelled"),
};
// clang-format on

struct Pattern
{
    const char *sentence;
    QRegularExpression regex;
};

// "%1 x %2" becomes ^(.+?) x (.+?)$: literal text escaped, each placeholder a capture.
QRegularExpression patternFor(const QString &sentence)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    QString regex = QStringLiteral("^");
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        regex += QRegularExpression::escape(sentence.mid(at, match.capturedStart() - at));
        regex += QStringLiteral("(.+?)");
        at = match.capturedEnd();
    }
    regex += QRegularExpression::escape(sentence.mid(at)) + QStringLiteral("$");
    return QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption);
}

const std::vector<Pattern> &patterns()
{
    static const std::vector<Pattern> all = [] {
        std::vector<Pattern> built;
        for (const char *sentence : kSentences) {
            built.push_back({sentence, patternFor(QString::fromUtf8(sentence))});
        }
        return built;
    }();
    return all;
}

// %1..%9 in the translation replaced in one pass, so a filled-in part that itself contains
// "%2" (a file name can) is not substituted again.
QString fill(const QString &translation, const QStringList &parts)
{
    QString out;
    for (qsizetype i = 0; i < translation.size(); ++i) {
        const QChar c = translation.at(i);
        if (c == QLatin1Char('%') && i + 1 < translation.size()
            && translation.at(i + 1).isDigit()) {
            const int index = translation.at(i + 1).digitValue() - 1;
            if (index >= 0 && index < parts.size()) {
                out += parts.at(index);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::optional<QString> translateSentence(const QString &message, int depth);

// A filled-in part may itself be a known sentence ("cannot open the slide for reading: %1").
QString translatePart(const QString &part, int depth)
{
    return translateSentence(part, depth + 1).value_or(part);
}

std::optional<QString> translateSentence(const QString &message, int depth)
{
    if (depth > 3 || message.isEmpty()) {
        return std::nullopt;
    }
    for (const Pattern &pattern : patterns()) {
        const QRegularExpressionMatch match = pattern.regex.match(message);
        if (!match.hasMatch()) {
            continue;
        }
        QStringList parts;
        for (int i = 1; i <= match.lastCapturedIndex(); ++i) {
            parts << translatePart(match.captured(i), depth);
        }
        return fill(QCoreApplication::translate(kContext, pattern.sentence), parts);
    }
    // "<file or context>: <reason>", the way LoadError and wrapped errors read.
    const qsizetype colon = message.indexOf(QLatin1String(": "));
    if (colon > 0) {
        if (const auto reason = translateSentence(message.mid(colon + 2), depth + 1)) {
            return QCoreApplication::translate("oncoview::lower", "%1: %2")
                .arg(message.left(colon), *reason);
        }
    }
    return std::nullopt;
}

} // namespace

QString lowerLayerText(const QString &message)
{
    return translateSentence(message, 0).value_or(message);
}

QString lowerLayerText(const std::string &message)
{
    return lowerLayerText(QString::fromStdString(message));
}

QStringList lowerLayerTexts(const QStringList &messages)
{
    QStringList texts;
    for (const QString &message : messages) {
        texts << lowerLayerText(message);
    }
    return texts;
}

QStringList lowerLayerSentences()
{
    QStringList sentences;
    for (const char *sentence : kSentences) {
        sentences << QString::fromUtf8(sentence);
    }
    return sentences;
}

} // namespace oncoview::ui
