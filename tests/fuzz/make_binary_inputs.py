#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the fuzzers' binary inputs into OUT (run_fuzzers.sh calls it; nothing binary is
committed): small synthetic DICOM and NIfTI seeds in OUT/seeds/{dicom,nifti}/ (the real files
come from ../shared/data at run time), and the reproducers of bugs fuzz_nifti and fuzz_dicom
found, in OUT/regressions/{nifti,dicom}/, rebuilt from the synthetic files with the field that
broke the reader set.

Usage: make_binary_inputs.py OUT"""
import gzip
import math
import struct
import sys
import zlib
from pathlib import Path


def element(group, elem, vr, value, big=False, implicit=False):
    if isinstance(value, str):
        value = value.encode()
        if len(value) % 2:
            value += b"\0" if vr == "UI" else b" "
    e = ">" if big else "<"
    if implicit:
        return struct.pack(e + "HHI", group, elem, len(value)) + value
    if vr in ("OB", "OW", "SQ", "UN", "UT", "OF"):
        return struct.pack(e + "HH", group, elem) + vr.encode() + b"\0\0" + struct.pack(e + "I", len(value)) + value
    return struct.pack(e + "HH", group, elem) + vr.encode() + struct.pack(e + "H", len(value)) + value


def meta(ts):
    body = element(0x0002, 0x0001, "OB", b"\0\1") + element(0x0002, 0x0002, "UI", "1.2.840.10008.5.1.4.1.1.4")
    body += element(0x0002, 0x0003, "UI", "1.2.3.4.5.6") + element(0x0002, 0x0010, "UI", ts)
    return b"\0" * 128 + b"DICM" + element(0x0002, 0x0000, "UL", struct.pack("<I", len(body))) + body


def dataset(big=False, implicit=False, rows=4, cols=4):
    el = lambda g, e, vr, v: element(g, e, vr, v, big, implicit)
    u16 = lambda v: struct.pack(">H" if big else "<H", v)
    ds = el(0x0008, 0x0005, "CS", "ISO_IR 100")
    ds += el(0x0008, 0x0008, "CS", "ORIGINAL\\PRIMARY\\M\\ND")
    ds += el(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.4")
    ds += el(0x0008, 0x0018, "UI", "1.2.3.4.5.6")
    ds += el(0x0008, 0x0060, "CS", "MR")
    ds += el(0x0008, 0x0070, "LO", "SIEMENS")
    ds += el(0x0008, 0x103E, "LO", "t1_fl3d_dyn")
    # a sequence of undefined length with one item, as the structural walk must follow
    item = el(0x0008, 0x0100, "SH", "CODE")
    seq = struct.pack(">HH" if big else "<HH", 0x0008, 0x1140)
    if not implicit:
        seq += b"SQ\0\0"
    e = ">" if big else "<"
    seq += struct.pack(e + "I", 0xFFFFFFFF) + struct.pack(e + "HHI", 0xFFFE, 0xE000, len(item)) + item
    seq += struct.pack(e + "HHI", 0xFFFE, 0xE0DD, 0)
    ds += seq
    ds += el(0x0018, 0x0050, "DS", "2.5")
    ds += el(0x0020, 0x000D, "UI", "1.2.3.4")
    ds += el(0x0020, 0x000E, "UI", "1.2.3.4.1")
    ds += el(0x0020, 0x0011, "IS", "3")
    ds += el(0x0020, 0x0012, "IS", "1")
    ds += el(0x0020, 0x0013, "IS", "7")
    ds += el(0x0020, 0x0032, "DS", "-10\\-20.5\\30")
    ds += el(0x0020, 0x0037, "DS", "1\\0\\0\\0\\1\\0")
    ds += el(0x0028, 0x0002, "US", u16(1))
    ds += el(0x0028, 0x0010, "US", u16(rows))
    ds += el(0x0028, 0x0011, "US", u16(cols))
    ds += el(0x0028, 0x0030, "DS", "0.7\\0.7")
    ds += el(0x0028, 0x0100, "US", u16(16))
    ds += el(0x0028, 0x0101, "US", u16(12))
    ds += el(0x0028, 0x0103, "US", u16(0))
    ds += el(0x7FE0, 0x0010, "OW", bytes(range(rows * cols * 2)))
    return ds


def csa():
    """A Siemens SV10 CSA block with NumberOfImagesInMosaic and SliceNormalVector."""
    def tag(name, values, vr="IS"):
        out = name.encode().ljust(64, b"\0") + struct.pack("<i", 1) + vr.encode().ljust(4, b"\0")
        out += struct.pack("<iii", 0, len(values), 77)
        for v in values:
            data = v.encode() + b"\0"
            out += struct.pack("<iiii", len(data), len(data), 77, len(data)) + data.ljust((len(data) + 3) // 4 * 4, b"\0")
        return out
    tags = [tag("NumberOfImagesInMosaic", ["4"]), tag("SliceNormalVector", ["0", "0", "1"], "FD")]
    return b"SV10\4\3\2\1" + struct.pack("<ii", len(tags), 77) + b"".join(tags)


def write_seeds(seeds):
    d = seeds / "dicom"
    d.mkdir(parents=True, exist_ok=True)
    (d / "explicit_le.dcm").write_bytes(meta("1.2.840.10008.1.2.1") + dataset())
    (d / "implicit_le.dcm").write_bytes(meta("1.2.840.10008.1.2") + dataset(implicit=True))
    (d / "explicit_be.dcm").write_bytes(meta("1.2.840.10008.1.2.2") + dataset(big=True))
    (d / "no_preamble_implicit.dcm").write_bytes(dataset(implicit=True))
    mosaic = dataset()[:-(8 + 4 + 32)]  # drop Pixel Data to insert the CSA block before it
    mosaic += element(0x0029, 0x0010, "LO", "SIEMENS CSA HEADER")
    mosaic += element(0x0029, 0x1010, "OB", csa())
    mosaic += element(0x7FE0, 0x0010, "OW", bytes(32))
    (d / "siemens_csa.dcm").write_bytes(meta("1.2.840.10008.1.2.1") + mosaic)
    # encapsulated Pixel Data: an empty offset table and one fragment
    frag = struct.pack("<HHI", 0xFFFE, 0xE000, 0) + struct.pack("<HHI", 0xFFFE, 0xE000, 4) + b"\xff\xd8\xff\xd9"
    frag += struct.pack("<HHI", 0xFFFE, 0xE0DD, 0)
    enc = dataset()[:-(8 + 4 + 32)] + struct.pack("<HH", 0x7FE0, 0x0010) + b"OB\0\0" + struct.pack("<I", 0xFFFFFFFF) + frag
    (d / "encapsulated.dcm").write_bytes(meta("1.2.840.10008.1.2.4.70") + enc)

    n = seeds / "nifti"
    n.mkdir(parents=True, exist_ok=True)
    for name, big in (("little.nii", False), ("big_endian.nii", True)):
        e = ">" if big else "<"
        h = bytearray(348)
        struct.pack_into(e + "i", h, 0, 348)
        struct.pack_into(e + "8h", h, 40, 4, 2, 3, 2, 2, 1, 1, 1)  # dim: 2x3x2, 2 volumes
        struct.pack_into(e + "hh", h, 70, 4, 16)  # datatype int16, bitpix
        struct.pack_into(e + "8f", h, 76, 1, 0.8, 0.8, 2.0, 3.0, 0, 0, 0)  # pixdim, TR 3 s
        struct.pack_into(e + "f", h, 108, 352)  # vox_offset
        struct.pack_into(e + "ff", h, 112, 2.0, -5.0)  # scl_slope, scl_inter
        h[123] = 10  # xyzt_units: mm + s
        struct.pack_into(e + "hh", h, 252, 1, 2)  # qform_code, sform_code
        struct.pack_into(e + "6f", h, 256, 0, 0, 0.7071, 1, 2, 3)  # quatern b c d, qoffset
        struct.pack_into(e + "12f", h, 280, -0.8, 0, 0, 10, 0, 0.8, 0, 20, 0, 0, 2, 30)  # srow
        h[344:348] = b"n+1\0"
        body = bytes(h) + b"\0\0\0\0" + struct.pack(e + "24h", *range(-12, 12))
        (n / name).write_bytes(body)
    (n / "little.nii.gz").write_bytes(gzip.compress((n / "little.nii").read_bytes(), mtime=0))
    # NIfTI-2: 540-byte header, int64 dims, double fields
    h = bytearray(540)
    struct.pack_into("<i", h, 0, 540)
    h[4:12] = b"n+2\0\r\n\x1a\n"
    struct.pack_into("<hh", h, 12, 2, 8)  # datatype uint8, bitpix
    struct.pack_into("<8q", h, 16, 3, 2, 2, 2, 1, 1, 1, 1)
    struct.pack_into("<8d", h, 104, 1, 1, 1, 1, 1, 1, 1, 1)
    struct.pack_into("<q", h, 168, 544)
    struct.pack_into("<dd", h, 176, 1, 0)
    struct.pack_into("<ii", h, 344, 0, 1)  # qform_code, sform_code
    struct.pack_into("<12d", h, 400, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0)
    struct.pack_into("<i", h, 500, 2)  # xyzt_units
    (n / "nifti2.nii").write_bytes(bytes(h) + b"\0\0\0\0" + bytes(range(8)))


def write_regressions(seeds, regressions):
    """The fuzz_nifti findings, rebuilt from the seeds (the Catch2 tests in
    tests/viewers/mri/test_niftireader.cpp check the same cases)."""
    r = regressions / "nifti"
    r.mkdir(parents=True, exist_ok=True)
    little = (seeds / "nifti" / "little.nii").read_bytes()
    for name, offset in (("vox_offset_nan.nii", math.nan), ("vox_offset_huge_negative.nii", -2.3e20)):
        h = bytearray(little)
        struct.pack_into("<f", h, 108, offset)  # vox_offset: no file offset
        (r / name).write_bytes(bytes(h))
    # 1024 x 1024 x 64 int16 voxels claimed by a few hundred compressed bytes
    h = bytearray(little)
    struct.pack_into("<8h", h, 40, 3, 1024, 1024, 64, 1, 1, 1, 1)
    (r / "gigabyte_claim.nii.gz").write_bytes(gzip.compress(bytes(h), mtime=0))
    # NIfTI-2 with an unknown datatype (no size check ran) and 2^25 volumes
    h = bytearray((seeds / "nifti" / "nifti2.nii").read_bytes())
    struct.pack_into("<h", h, 12, -1)
    struct.pack_into("<5q", h, 16, 4, 4, 3, 2, 1 << 25)
    (r / "millions_of_volumes_unknown_datatype.nii").write_bytes(bytes(h))


def write_dicom_regressions(regressions):
    """The fuzz_dicom findings (tests/viewers/mri/test_dicomstructure.cpp checks the same)."""
    r = regressions / "dicom"
    r.mkdir(parents=True, exist_ok=True)
    # An item that declares 12 bytes holding an element of 36: GDCM read past the item, lost
    # its place and allocated gigabytes for a length made of file bytes.
    ds = element(0x0008, 0x0060, "CS", "MR")
    inner = struct.pack("<HH", 0x0008, 0x0100) + b"SH" + struct.pack("<H", 36) + b"CODE"
    ds += struct.pack("<HH", 0x0008, 0x1140) + b"SQ\0\0" + struct.pack("<I", 0xFFFFFFFF)
    ds += struct.pack("<HHI", 0xFFFE, 0xE000, 12) + inner + struct.pack("<HHI", 0xFFFE, 0xE0DD, 0)
    ds += element(0x0020, 0x000D, "UI", "1.2.3.4") + element(0x7FE0, 0x0010, "OW", bytes(64))
    (r / "element_overruns_item.dcm").write_bytes(meta("1.2.840.10008.1.2.1") + ds)
    # The big-endian seed with its sequence's VR changed from SQ to SV (undefined length):
    # GDCM asserted (abort) that only UN may have an undefined length there.
    sv = dataset(big=True).replace(b"\x00\x08\x11\x40SQ", b"\x00\x08\x11\x40SV", 1)
    (r / "undefined_length_sv.dcm").write_bytes(meta("1.2.840.10008.1.2.2") + sv)
    # A deflated data set (1.2.840.10008.1.2.1.99) cut in half: it went to GDCM unchecked,
    # which asserted (abort) on the damaged stream.
    z = zlib.compressobj(9, zlib.DEFLATED, -15)
    deflated = z.compress(dataset()) + z.flush()
    (r / "deflated_cut.dcm").write_bytes(meta("1.2.840.10008.1.2.1.99") + deflated[: len(deflated) // 2])
    # One element of group 0002 and nothing else, without preamble: GDCM's compatibility reader
    # of a file meta group asserted (abort) when the file ended inside the group.
    (r / "meta_group_without_preamble_ends_file.dcm").write_bytes(
        struct.pack("<HH", 0x0002, 0x5D08) + b"TM" + struct.pack("<H", 0))
    # A file meta element of VR SQ: GDCM's meta group reader asserted (abort).
    sq_meta = struct.pack("<HH", 0x0002, 0x0004) + b"SQ\0\0" + struct.pack("<I", 8)
    sq_meta += struct.pack("<HHI", 0xFFFE, 0xE000, 0)
    (r / "meta_element_is_sequence.dcm").write_bytes(
        bytes(128) + b"DICM" + sq_meta + element(0x0008, 0x0060, "CS", "MR"))


def write_multipart_seeds(seeds):
    """WADO-RS answers as Orthanc sends them (CRLF line ends: not committed as text)."""
    m = seeds / "multipart"
    m.mkdir(parents=True, exist_ok=True)
    part = b"Content-Type: application/dicom\r\n\r\n" + b"\0" * 128 + b"DICM" + b"\x02\x00" * 8
    (m / "two_parts.bin").write_bytes(
        b"--b0und\r\n" + part + b"\r\n--b0und\r\n" + part + b"\r\n--b0und--\r\n")
    (m / "no_headers_cut.bin").write_bytes(b"preamble\r\n--b0und\r\n\r\nbody\r\n--b0un")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = Path(sys.argv[1])
    write_seeds(out / "seeds")
    write_multipart_seeds(out / "seeds")
    write_regressions(out / "seeds", out / "regressions")
    write_dicom_regressions(out / "regressions")


if __name__ == "__main__":
    main()
