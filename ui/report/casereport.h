// SPDX-License-Identifier: Apache-2.0
#pragma once

// Qt
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

// Local
#include "ui/explanationsdock.h"

namespace oncoview::ui {

struct ReportField
{
    QString label;
    QString value;
    bool identifiesPatient = false; // name, ID, birth date, accession: never sent to a model
};

// A picture in the report: a view snapshot or a kinetic curve, with what it shows.
struct ReportFigure
{
    QImage image;
    QString caption;
};

struct ReportTable
{
    QStringList columns;
    QList<QStringList> rows;
};

struct ReportChatMessage
{
    bool fromUser = true;
    QString text;
    QString model; // answers: which backend wrote it
    QDateTime when;
};

// The findings text and who stands behind it. A draft a model wrote stays marked "AI-drafted"
// until the user has approved it; approval keeps the note that a model drafted it.
struct ReportFindings
{
    QString text;
    bool aiDrafted = false;
    QString draftModel; // e.g. "meddr at https://gpu01:23333"
    bool editedAfterDraft = false;
    bool approved = false;
    QString approvedBy;
    QDateTime approvedAt;
};

// Everything a case report shows, gathered from the window (mainwindowreport.cpp) and chosen
// in the report dialog. Plain data: the document (reportdocument.h) lays it out.
struct CaseReport
{
    QList<ReportField> header; // patient, study, slide: label and value, in order
    QList<ReportFigure> figures; // view snapshots, with overlays as the user chose
    ReportTable measurements;
    QList<ReportFigure> kinetics; // curve images; the caption is the BI-RADS reading
    QList<Explanation> results;
    QList<ExplanationDetails> explanations;
    QList<ReportChatMessage> chat;
    ReportFindings findings;
    QString author; // the user who made the report
    QDateTime created;
    QString software; // "OncoView 0.x"
};

} // namespace oncoview::ui
