// SPDX-License-Identifier: Apache-2.0
#include "viewers/slide/annotations/pathclasses.h"

#include <algorithm>
#include <cstdint>

namespace oncoview::slide {

namespace {

// java.util.Random, enough of it to reproduce QuPath's colours for unknown class names.
class JavaRandom
{
public:
    explicit JavaRandom(std::int64_t seed)
        : m_seed((std::uint64_t(seed) ^ 0x5DEECE66DULL) & kMask)
    {
    }

    // nextInt(bound) for a power-of-two bound, which is all QuPath asks for (256).
    int nextIntPowerOfTwo(int bound)
    {
        m_seed = (m_seed * 0x5DEECE66DULL + 0xBULL) & kMask;
        const auto bits = std::int64_t(m_seed >> (48 - 31));
        return int((std::int64_t(bound) * bits) >> 31);
    }

private:
    static constexpr std::uint64_t kMask = (1ULL << 48) - 1;
    std::uint64_t m_seed;
};

// Java's String.hashCode over UTF-16 code units, with 32-bit wrap-around.
std::int32_t javaHashCode(const QString &text)
{
    std::uint32_t hash = 0;
    for (const QChar c : text) {
        hash = 31U * hash + c.unicode();
    }
    return std::int32_t(hash);
}

QColor scaled(const QColor &color, double scale)
{
    // ColorTools.makeScaledRGB truncates towards zero and clips at 255.
    const auto channel = [scale](int value) { return std::min(255, int(value * scale)); };
    return QColor(channel(color.red()), channel(color.green()), channel(color.blue()));
}

QColor derivedColor(const QColor &parent, bool parentIsTumor, const QString &name)
{
    // PathClassFactory.getDerivedPathClass: intensity classes of Tumor get fixed colours,
    // everything else is the parent's colour scaled.
    struct Rule
    {
        const char *name;
        QColor tumorColor;
        double scale;
    };
    static const Rule rules[] = {
        {"1+", QColor(255, 215, 0), 0.9},        {"2+", QColor(225, 150, 50), 0.6},
        {"3+", QColor(200, 50, 50), 0.4},        {"Positive", QColor(200, 50, 50), 0.75},
        {"Negative", QColor(90, 90, 180), 1.25},
    };
    for (const Rule &rule : rules) {
        if (name == QLatin1String(rule.name)) {
            return parentIsTumor ? rule.tumorColor : scaled(parent, rule.scale);
        }
    }
    return scaled(parent, 1.5);
}

QColor baseColor(const QString &name)
{
    for (const PathClass &standard : PathClasses::standardClasses()) {
        if (standard.name == name) {
            return standard.color;
        }
    }
    // Stand-alone intensity classes: PathClassFactory scales their base colours by 1.25.
    static const QList<QPair<QString, QColor>> intensity = {
        {QStringLiteral("1+"), QColor(255, 215, 0)},
        {QStringLiteral("2+"), QColor(225, 150, 50)},
        {QStringLiteral("3+"), QColor(200, 50, 50)},
    };
    for (const auto &[intensityName, color] : intensity) {
        if (intensityName == name) {
            return scaled(color, 1.25);
        }
    }
    JavaRandom random(javaHashCode(name));
    const int r = random.nextIntPowerOfTwo(256);
    const int g = random.nextIntPowerOfTwo(256);
    const int b = random.nextIntPowerOfTwo(256);
    return QColor(r, g, b);
}

} // namespace

PathClasses::PathClasses()
    : m_classes(standardClasses())
{
}

QList<PathClass> PathClasses::standardClasses()
{
    // Colours from QuPath's PathClassFactory; Positive/Negative are its base colours x 1.25.
    return {
        {QStringLiteral("Tumor"), QColor(200, 0, 0)},
        {QStringLiteral("Stroma"), QColor(150, 200, 150)},
        {QStringLiteral("Immune cells"), QColor(160, 90, 160)},
        {QStringLiteral("Necrosis"), QColor(50, 50, 50)},
        {QStringLiteral("Other"), QColor(255, 200, 0)},
        {QStringLiteral("Region*"), QColor(0, 0, 180)},
        {QStringLiteral("Ignore*"), QColor(180, 180, 180)},
        {QStringLiteral("Positive"), QColor(250, 62, 62)},
        {QStringLiteral("Negative"), QColor(112, 112, 225)},
    };
}

QColor PathClasses::defaultColor(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return QColor(64, 64, 64); // QuPath's colour for a class without a name
    }
    const QString base = parts.first().trimmed();
    QColor color = baseColor(base);
    bool parentIsTumor = base == QLatin1String("Tumor");
    for (qsizetype i = 1; i < parts.size(); ++i) {
        color = derivedColor(color, parentIsTumor, parts.at(i).trimmed());
        parentIsTumor = false;
    }
    return color;
}

QColor PathClasses::color(const QString &name) const
{
    const int index = indexOf(name);
    return index >= 0 ? m_classes.at(index).color : defaultColor(name);
}

void PathClasses::setClass(const QString &name, const QColor &color)
{
    if (name.isEmpty()) {
        return;
    }
    const int index = indexOf(name);
    if (index < 0) {
        m_classes.append({name, color.isValid() ? color : defaultColor(name)});
    } else if (color.isValid()) {
        m_classes[index].color = color;
    }
}

bool PathClasses::removeClass(const QString &name)
{
    const int index = indexOf(name);
    if (index < 0) {
        return false;
    }
    m_classes.removeAt(index);
    return true;
}

void PathClasses::setVisible(const QString &name, bool visible)
{
    if (visible) {
        m_hidden.remove(name);
    } else {
        m_hidden.insert(name);
    }
}

int PathClasses::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_classes.size(); ++i) {
        if (m_classes.at(i).name == name) {
            return int(i);
        }
    }
    return -1;
}

} // namespace oncoview::slide
