// SPDX-License-Identifier: Apache-2.0
#include "viewers/mri/io/gdcmvalues.h"

#include <gdcmSequenceOfItems.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace oncoview::mri::gdcmvalues {

using gdcm::Tag;

const gdcm::ByteValue *bytes(const gdcm::DataSet &ds, const Tag &tag)
{
    if (!ds.FindDataElement(tag)) {
        return nullptr;
    }
    const gdcm::DataElement &de = ds.GetDataElement(tag);
    return de.IsEmpty() ? nullptr : de.GetByteValue();
}

std::string text(const gdcm::DataSet &ds, const Tag &tag)
{
    const gdcm::ByteValue *bv = bytes(ds, tag);
    std::string s = bv ? std::string(bv->GetPointer(), bv->GetLength()) : std::string();
    const auto pad = [](char c) { return c == ' ' || c == '\0'; };
    while (!s.empty() && pad(s.back())) {
        s.pop_back();
    }
    size_t start = 0;
    while (start < s.size() && pad(s[start])) {
        ++start;
    }
    return s.substr(start);
}

std::vector<double> numbers(const gdcm::DataSet &ds, const Tag &tag)
{
    const std::string s = text(ds, tag);
    std::vector<double> out;
    size_t start = 0;
    while (!s.empty() && start <= s.size()) {
        const size_t end = std::min(s.find('\\', start), s.size());
        const std::string part = s.substr(start, end - start);
        char *stop = nullptr;
        const double v = std::strtod(part.c_str(), &stop);
        if (stop == part.c_str() || !std::isfinite(v)) {
            return {};
        }
        out.push_back(v);
        start = end + 1;
    }
    return out;
}

std::vector<gdcm::DataSet> items(const gdcm::DataSet &ds, const Tag &tag)
{
    std::vector<gdcm::DataSet> out;
    if (!ds.FindDataElement(tag)) {
        return out;
    }
    const gdcm::SmartPointer<gdcm::SequenceOfItems> sq = ds.GetDataElement(tag).GetValueAsSQ();
    if (sq) {
        for (gdcm::SequenceOfItems::SizeType i = 1; i <= sq->GetNumberOfItems(); ++i) {
            out.push_back(sq->GetItem(i).GetNestedDataSet());
        }
    }
    return out;
}

std::optional<gdcm::DataSet> firstItem(const gdcm::DataSet &ds, const Tag &tag)
{
    auto all = items(ds, tag);
    return all.empty() ? std::nullopt : std::optional<gdcm::DataSet>(std::move(all.front()));
}

std::optional<double> float64(const gdcm::DataSet &ds, const Tag &tag)
{
    const gdcm::ByteValue *bv = bytes(ds, tag);
    if (!bv || bv->GetLength() < 8) {
        return std::nullopt;
    }
    double v = 0;
    std::memcpy(&v, bv->GetPointer(), 8);
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

std::vector<uint16_t> unsignedShorts(const gdcm::DataSet &ds, const Tag &tag)
{
    std::vector<uint16_t> out;
    if (const gdcm::ByteValue *bv = bytes(ds, tag)) {
        const auto *p = reinterpret_cast<const unsigned char *>(bv->GetPointer());
        for (size_t i = 0; i + 2 <= bv->GetLength(); i += 2) {
            out.push_back(uint16_t(p[i] | p[i + 1] << 8));
        }
    }
    return out;
}

} // namespace oncoview::mri::gdcmvalues
