// SPDX-License-Identifier: Apache-2.0
#include "ui/slideinfowidget.h"

#include "viewers/slide/slidesource.h"

// Qt
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace oncoview::ui {

namespace {

constexpr int kImageSide = 150;

QList<std::pair<QString, QString>> summaryRows(const slide::SlideSource &source)
{
    QList<std::pair<QString, QString>> rows;
    rows.append({QObject::tr("Vendor"), source.vendor()});
    const QSize size = source.levelSize(0);
    rows.append(
        {QObject::tr("Size"), QStringLiteral("%1 × %2 px").arg(size.width()).arg(size.height())});
    if (const auto mpp = source.micronsPerPixel()) {
        rows.append({QObject::tr("µm per pixel"),
                     QStringLiteral("%1 × %2").arg(mpp->width()).arg(mpp->height())});
    } else {
        rows.append({QObject::tr("µm per pixel"),
                     QObject::tr("not in the file: sizes are shown in pixels")});
    }
    if (const auto power = source.objectivePower()) {
        rows.append({QObject::tr("Objective"), QStringLiteral("%1×").arg(*power)});
    }
    for (int level = 0; level < source.levelCount(); ++level) {
        const QSize s = source.levelSize(level);
        rows.append({QObject::tr("Level %1").arg(level),
                     QStringLiteral("%1 × %2, downsample %3")
                         .arg(s.width())
                         .arg(s.height())
                         .arg(source.levelDownsample(level), 0, 'g', 5)});
    }
    const QMap<QString, QString> properties = source.properties();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        rows.append({it.key(), it.value()});
    }
    return rows;
}

} // namespace

SlideInfoWidget::SlideInfoWidget(QWidget *parent)
    : QWidget(parent)
    , m_properties(new QTableWidget(0, 2, this))
    , m_images(new QWidget(this))
    , m_imageLayout(new QGridLayout(m_images))
{
    m_properties->setObjectName(QStringLiteral("slideProperties"));
    m_properties->setAccessibleName(tr("Slide properties"));
    m_properties->setHorizontalHeaderLabels({tr("Property"), tr("Value")});
    m_properties->horizontalHeader()->setStretchLastSection(true);
    m_properties->verticalHeader()->hide();
    m_properties->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_images);
    scroll->setWidgetResizable(true);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_properties);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void SlideInfoWidget::setSource(const std::shared_ptr<slide::SlideSource> &source)
{
    ++m_generation;
    m_shownImages.clear();
    while (QLayoutItem *item = m_imageLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_properties->setRowCount(0);
    if (!source) {
        return;
    }
    const auto rows = summaryRows(*source);
    m_properties->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_properties->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        m_properties->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    // Decoding a macro image takes tens of milliseconds: off the GUI thread, scaled there too.
    QtConcurrent::run([source] {
        QList<std::pair<QString, QImage>> images;
        for (const QString &name : source->associatedImageNames()) {
            QString error;
            const QImage image = source->associatedImage(name, &error);
            images.append({name,
                           image.isNull()
                               ? QImage()
                               : image.scaled(kImageSide, kImageSide, Qt::KeepAspectRatio,
                                              Qt::SmoothTransformation)});
        }
        return images;
    }).then(this, [this, generation = m_generation](QList<std::pair<QString, QImage>> images) {
        if (generation != m_generation) {
            return;
        }
        int column = 0;
        for (const auto &[name, image] : images) {
            auto *picture = new QLabel(m_images);
            picture->setAlignment(Qt::AlignCenter);
            if (image.isNull()) {
                picture->setText(tr("(unreadable)"));
            } else {
                picture->setPixmap(QPixmap::fromImage(image));
            }
            m_imageLayout->addWidget(picture, 0, column);
            m_imageLayout->addWidget(new QLabel(name, m_images), 1, column++, Qt::AlignHCenter);
            m_shownImages << name;
        }
        Q_EMIT imagesShown();
    });
}

} // namespace oncoview::ui
