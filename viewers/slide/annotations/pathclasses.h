// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QColor>
#include <QList>
#include <QSet>
#include <QString>

namespace oncoview::slide {

// A classification as QuPath names it: "Tumor", or a derived "Tumor: Positive".
struct PathClass
{
    QString name;
    QColor color;

    bool operator==(const PathClass &other) const = default;
};

// The classes an annotation can carry, with their colours and show/hide state. Starts with
// QuPath's standard classes so files exchanged with QuPath keep their colours. A plain value
// type; AnnotationModel owns one and is the only thing that edits it on the GUI thread.
class PathClasses
{
public:
    PathClasses();

    // QuPath's standard classes (PathClassFactory.StandardPathClasses), in its menu order.
    static QList<PathClass> standardClasses();
    // The colour QuPath gives `name` when a file names a class without a colour: the standard
    // colour, the derived-class rule for "Parent: Child", else QuPath's reproducible colour
    // (java.util.Random seeded with the name's String.hashCode()).
    static QColor defaultColor(const QString &name);

    QList<PathClass> classes() const { return m_classes; }
    bool contains(const QString &name) const { return indexOf(name) >= 0; }
    // The registered colour, else defaultColor(name).
    QColor color(const QString &name) const;
    // Adds `name` (colour: `color`, or defaultColor when invalid); updates the colour when
    // `name` exists and `color` is valid.
    void setClass(const QString &name, const QColor &color = {});
    bool removeClass(const QString &name);

    // Show/hide by class; the empty name stands for unclassified annotations.
    void setVisible(const QString &name, bool visible);
    bool isVisible(const QString &name) const { return !m_hidden.contains(name); }
    QSet<QString> hiddenClasses() const { return m_hidden; }

private:
    int indexOf(const QString &name) const;

    QList<PathClass> m_classes;
    QSet<QString> m_hidden;
};

} // namespace oncoview::slide
