"""What `periksa` says is what the report shows, on workbooks typed into a blank `lakip baru`
(tests/kantor.py): a row in error is out of every figure with one message, one message per
cell, marks explained under every table, the Keterangan printed, Target columns against the
report year, units typed with numbers, template names checked on the context laporan builds.

Expected values are worked out by hand from the typed inputs (see each test)."""

from __future__ import annotations

import functools
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import kantor
import openpyxl
import pytest
from docx import Document
from openpyxl.utils.cell import coordinate_to_tuple

from lakip_xl import operasi
from lakip_xl.buku import layout as L
from lakip_xl.buku.baca import Masalah
from lakip_xl.buku.tulis import tulis_sel
from lakip_xl.calc.capaian import Status
from lakip_xl.errors import LakipError
from lakip_xl.hitung import Hasil, isian_hitung, ringkasan
from lakip_xl.laporan.konteks import bangun, semua_tabel
from lakip_xl.laporan.render import periksa_templat, temuan_templat
from lakip_xl.laporan.tabel import TANDA


@pytest.fixture(scope="module")
def badan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Badan of tests/kantor.py, typed into a blank workbook (read-only: copy it)."""
    return kantor.badan(tmp_path_factory.mktemp("badan"))


def _salin(asal: Path, tujuan: Path, sel: dict[str, dict[str, object]]) -> Path:
    """A copy of a workbook with cells typed over: {sheet: {A1: value}} (None empties a cell).
    Typed with lakip's own cell writer (`tulis_sel`: only those cells' XML changes, text as
    text, a number as that number), not an openpyxl load and save of the whole workbook: these
    tests are about what is typed, not about a file another program saved."""
    shutil.copy(asal, tujuan)
    isian = {s: {coordinate_to_tuple(a1): v for a1, v in isi.items()} for s, isi in sel.items()}
    tulis_sel(tujuan, isian, cadangan=False)
    return tujuan


@functools.cache
def _judul_kolom(path: Path, versi: tuple[int, int], sheet: str) -> dict[object, str]:
    """Header text -> column letter on row 3 of a sheet of `path` as it is at `versi`
    (its st_mtime_ns and st_size)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    kepala = next(wb[sheet].iter_rows(min_row=3, max_row=3))
    hasil = {c.value: c.column_letter for c in reversed(kepala) if c.value is not None}
    wb.close()
    return hasil


def _kolom(path: Path, sheet: str, judul: str) -> str:
    """The letter of a header on row 3 of a table sheet (each sheet's headers read once per
    version of the file)."""
    st = path.stat()
    huruf = _judul_kolom(path, (st.st_mtime_ns, st.st_size), sheet).get(judul)
    if huruf is None:
        raise AssertionError(judul)
    return huruf


def _di(masalah: list[Masalah], sheet: str, sel: str) -> list[Masalah]:
    return [m for m in masalah if m.sheet == sheet and m.sel == sel]


# --- a row in error: one message, out of every figure ------------------------------------------

# The Badan's rows (sheet row = 4 + index): SS-1 96/95, SS-2 66/60, S-1 72,5/70, S-2 (Negatif,
# 8 of 10: typed 'Negativ' below), B-1 = SS-1 cascaded, B-2 Negatif 3 of 2, K-1 81/90,
# K-2 75/100, K-3 realisasi not yet available.
CAPAIAN = {
    "SS-1": Decimal("101.05"),  # 96 / 95 x 100 = 101,0526
    "SS-2": Decimal("110.00"),  # 66 / 60 x 100
    "S-1": Decimal("103.57"),  # 72,5 / 70 x 100 = 103,5714
    "B-2": Decimal("50.00"),  # (2 x 2 - 3) / 2 x 100
    "K-1": Decimal("90.00"),  # 81 / 90 x 100
    "K-2": Decimal("75.00"),  # 75 / 100 x 100
}


@pytest.fixture(scope="module")
def negativ(badan: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Hasil]:
    p = tmp_path_factory.mktemp("negativ") / "bapperida-negativ.xlsx"
    _salin(badan, p, {"Indikator": {f"{_kolom(badan, 'Indikator', 'Polaritas')}7": "Negativ"}})
    return p, operasi.hitung_buku(p)


def test_polaritas_salah_ketik_satu_pesan_dengan_saran(negativ: tuple[Path, Hasil]) -> None:
    _, hasil = negativ
    di_sel = _di(hasil.masalah, "Indikator", "G7")
    assert di_sel == [
        Masalah(
            True,
            "Indikator",
            "G7",
            "kolom 'Polaritas' berisi 'Negativ'; maksudnya 'Negatif'? Pilih salah satu: "
            "Positif, Negatif",
        )
    ]
    assert not [m for m in hasil.masalah if "dianggap Positif" in m.pesan]
    assert [m for m in hasil.masalah if m.galat] == di_sel  # the only error of the workbook


def test_baris_bergalat_keluar_dari_setiap_angka(negativ: tuple[Path, Hasil]) -> None:
    _, hasil = negativ
    s2 = hasil.indikator_kode("S-2")
    assert s2 is not None and s2.capaian.status is Status.BERGALAT and s2.kategori is None
    for h in hasil.indikator:
        if h["kode"] in CAPAIAN:
            assert h.capaian.persen_bulat(2) == CAPAIAN[h["kode"]], h["kode"]
    rr = hasil.rata_semua  # B-1 repeats SS-1 and is counted once; K-3 has no realisasi
    assert (rr.jumlah, rr.belum_tersedia, rr.tidak_dapat_dihitung, rr.bergalat) == (6, 1, 0, 1)
    # (101,05 + 110 + 103,57 + 50 + 90 + 75) / 6 = 529,62 / 6 = 88,27
    assert round(rr.persen, 2) == Decimal("88.27")
    assert sum(rr.per_kategori.values()) == 6
    e3 = hasil.rata(hasil.per("tingkat")[kantor.ES3])
    # S-1, B-1, B-2 (S-2 out): (103,57 + 101,05 + 50) / 3 = 84,873
    assert (e3.jumlah, e3.bergalat, round(e3.persen, 2)) == (3, 1, Decimal("84.87"))
    tulis = isian_hitung(hasil)["Indikator"]
    kol = hasil.buku.tabel["Indikator"].kolom
    assert tulis[(7, kol["capaian"])] == "-"
    assert tulis[(7, kol["kategori"])] == "isian bergalat"
    baris = {r[0]: r for r in ringkasan(hasil)}
    ket = baris["Rata-rata capaian seluruh indikator (%), dasar: Semua indikator"][2]
    assert ket == (
        "Memuaskan; 6 indikator; 1 tanpa capaian tidak dihitung; 1 bergalat tidak dihitung"
    )


def test_laporan_menyebut_baris_yang_tidak_dihitung(negativ: tuple[Path, Hasil]) -> None:
    _, hasil = negativ
    data = bangun(hasil).data
    sekretaris = next(u for u in data["eselon3"] if u.nama == "Sekretaris")
    teks = sekretaris.tabel.teks_sel()
    assert teks[1][2:] == [
        "Persentase keterlambatan penyampaian laporan keuangan",
        "10%",
        "8%",
        "-",
        "-",
    ]
    assert teks[2][-2:] == ["103,57", "Sangat Memuaskan"]  # the average: S-1 alone
    assert sekretaris.tabel.catatan == [
        "Tidak dihitung dalam rata-rata dan jumlah karena isiannya di buku kerja masih "
        "bergalat: Persentase keterlambatan penyampaian laporan keuangan (sheet Indikator "
        "sel G7)."
    ]
    rekap = data["tabel"]["rekap_unit"]
    unit = {b[0].teks: b[1].teks for b in rekap.baris}  # Jumlah Indikator: S-2 not counted
    assert (unit["Sekretaris"], unit["Jumlah seluruh unit"]) == ("1", "6")
    assert sekretaris.tabel.catatan[0] in rekap.catatan
    assert sekretaris.kalimat[0] == (
        "Rata-rata capaian kinerja Sekretaris adalah 103,57% (Sangat Memuaskan), dengan "
        "rincian 1 (satu) indikator berkategori Sangat Memuaskan. Sebanyak 1 (satu) indikator "
        "tidak dihitung karena isiannya di buku kerja masih bergalat."
    )


# The Badan's 9 rows measure 8 indikator (B-1 repeats SS-1: same indikator, target,
# realisasi); S-2 is in error, so the report counts 7: 6 averaged + K-3 without realisasi.
MENGUKUR = (
    "Laporan Kinerja Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Tahun 2024 "
    "mengukur 7 (tujuh) indikator kinerja, tidak termasuk 1 (satu) indikator yang isiannya di "
    "buku kerja masih bergalat: Persentase keterlambatan penyampaian laporan keuangan (sheet "
    "Indikator sel G7)."
)


def test_jumlah_indikator_tanpa_baris_bergalat(negativ: tuple[Path, Hasil]) -> None:
    """BAB IV's 'mengukur N indikator' and the Ikhtisar's count agree with the figures: the
    row in error is out of them and named with its cell."""
    _, hasil = negativ
    data = bangun(hasil).data
    simpulan = data["kalimat"]["simpulan"][0]
    assert simpulan.startswith(
        MENGUKUR + " Rata-rata capaian kinerja seluruh indikator adalah "
        "88,27% (Memuaskan), dengan rincian "
    )
    assert data["kalimat"]["jumlah_indikator"] == "7 (tujuh)"


def test_jumlah_indikator_tanpa_galat_tidak_menyebut_bergalat(badan: Path) -> None:
    data = bangun(operasi.hitung_buku(badan)).data
    assert data["kalimat"]["simpulan"][0].startswith(
        "Laporan Kinerja Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Tahun 2024 "
        "mengukur 8 (delapan) indikator kinerja. Rata-rata capaian"
    )
    assert data["kalimat"]["jumlah_indikator"] == "8 (delapan)"


def test_cli_laporan_paksa_menghitung_tanpa_baris_bergalat(
    negativ: tuple[Path, Hasil], tmp_path: Path
) -> None:
    """`lakip laporan --paksa` writes the report of a workbook with a row in error: BAB IV
    counts 7, and the report's own sentence check finds nothing to say about it."""
    p, _ = negativ
    keluar = tmp_path / "lap.docx"
    r = subprocess.run(
        [*kantor.LAKIP, "laporan", str(p), "-o", str(keluar), "--paksa"],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    assert "laporan lap.docx," not in r.stderr
    mengukur = [par.text for par in Document(str(keluar)).paragraphs if "mengukur" in par.text]
    assert len(mengukur) == 1 and mengukur[0].startswith(MENGUKUR)


def _pilihan_ketat() -> list[tuple[L.Tabel, L.Kolom]]:
    return [
        (t, k)
        for t in L.TABEL
        for k in t.kolom
        if k.jenis is L.Jenis.PILIHAN and k.pilihan and not k.pilihan_bebas and not k.dihitung
    ]


def test_setiap_kolom_pilihan_satu_pesan_per_sel(badan: Path, tmp_path: Path) -> None:
    """Every dropdown column (from the layout) typed outside its list: one galat on that cell,
    naming what is there and the choices, and nothing else said about the cell."""
    pasangan = _pilihan_ketat()
    assert {(t.nama, k.judul) for t, k in pasangan} >= {
        ("Indikator", "Polaritas"),
        ("Indikator", "IKU"),
        ("Anggaran", "Jenis"),
        ("SKM", "Jenis Kelamin"),
    }
    sel: dict[str, dict[str, object]] = {}
    for t, k in pasangan:
        baris = 4 if t.nama != "Indikator" else 12  # K-3, the Badan's last indikator
        sel.setdefault(t.nama, {})[f"{_kolom(badan, t.nama, k.judul)}{baris}"] = "zzz salah"
    p = _salin(badan, tmp_path / "pilihan.xlsx", sel)
    masalah = operasi.periksa(p)
    for t, k in pasangan:
        baris = 4 if t.nama != "Indikator" else 12
        a1 = f"{_kolom(badan, t.nama, k.judul)}{baris}"
        m = _di(masalah, t.nama, a1)
        assert len(m) == 1 and m[0].galat, (t.nama, k.judul, m)
        assert m[0].pesan == (
            f"kolom '{k.judul}' berisi 'zzz salah'; pilih salah satu: {', '.join(k.pilihan)}"
        )


@pytest.mark.parametrize(
    ("sheet", "judul", "ketik", "saran"),
    [
        ("Indikator", "IKU", "Yaa", "Ya"),
        ("Anggaran", "Jenis", "Kegiatann", "Kegiatan"),
        ("Anggaran", "Jenis", "KEGIATAN", None),  # case and spacing: accepted as it is
        # words the calculation reads for a polaritas, refused by the dropdown: the choice named
        ("Indikator", "Polaritas", "Naik", "Positif"),
        ("Indikator", "Polaritas", "Turun", "Negatif"),
        ("Indikator", "Polaritas", "negative", "Negatif"),
        ("Indikator", "Polaritas", "+", "Positif"),
    ],
)
def test_salah_ketik_pilihan_disarankan(
    badan: Path, tmp_path: Path, sheet: str, judul: str, ketik: str, saran: str | None
) -> None:
    a1 = f"{_kolom(badan, sheet, judul)}5"
    p = _salin(badan, tmp_path / "saran.xlsx", {sheet: {a1: ketik}})
    m = _di(operasi.periksa(p), sheet, a1)
    if saran is None:
        assert not [x for x in m if x.galat]
        return
    assert len(m) == 1 and m[0].galat
    assert f"berisi '{ketik}'; maksudnya '{saran}'? Pilih salah satu: " in m[0].pesan


def test_angka_ditolak_tidak_disebut_kosong_lagi(badan: Path, tmp_path: Path) -> None:
    """A Target typed as words and a quarter typed as words: one galat each, no second
    'target belum diisi' or 'TW II kosong' for the same cell; the row is out of the figures."""
    t, tw1, tw2, tw3 = (
        _kolom(badan, "Indikator", j)
        for j in ("Target", "Realisasi TW I", "Realisasi TW II", "Realisasi TW III")
    )
    p = _salin(
        badan,
        tmp_path / "angka.xlsx",
        {"Indikator": {f"{t}10": "sembilan puluh", f"{tw1}11": 10, f"{tw2}11": "dua puluh",
                       f"{tw3}11": 30}},
    )
    hasil = operasi.hitung_buku(p)
    m = _di(hasil.masalah, "Indikator", f"{t}10")
    assert [x.pesan for x in m] == [
        "kolom 'Target' berisi teks 'sembilan puluh', bukan angka; ketik angkanya saja"
    ]
    assert [x.pesan for x in _di(hasil.masalah, "Indikator", f"{tw2}11")] == [
        "kolom 'Realisasi TW II' berisi teks 'dua puluh', bukan angka; ketik angkanya saja"
    ]
    assert hasil.indikator_kode("K-1").capaian.status is Status.BERGALAT
    assert hasil.indikator_kode("K-2").capaian.status is Status.BERGALAT


@pytest.mark.parametrize(
    ("ketik", "pesan"),
    [
        (
            "TA 2024",
            "'Tahun' berisi teks 'TA 2024', bukan angka; yang diharapkan tahun laporan saja, "
            "empat angka tanpa huruf, mis. 2025; maksudnya 2024?",
        ),
        (
            "tahun anggaran",
            "'Tahun' berisi teks 'tahun anggaran', bukan angka; yang diharapkan tahun laporan "
            "saja, empat angka tanpa huruf, mis. 2025",
        ),
        (
            2024.5,
            "'Tahun' berisi 2.024,5; harus bilangan bulat; yang diharapkan tahun laporan saja, "
            "empat angka tanpa huruf, mis. 2025; maksudnya 2024?",
        ),
    ],
)
def test_tahun_profil_satu_pesan_per_sel(
    badan: Path, tmp_path: Path, ketik: object, pesan: str
) -> None:
    buku = operasi.baca_buku(badan)
    sel = buku.profil_sel["tahun"]
    p = _salin(badan, tmp_path / "tahun.xlsx", {"Profil": {sel: ketik}})
    assert [(m.galat, m.pesan) for m in _di(operasi.periksa(p), "Profil", sel)] == [(True, pesan)]


@pytest.mark.parametrize("ketik", [1999, 2101, 24, 20244, 0, -5])
def test_tahun_profil_di_luar_rentang_satu_galat(badan: Path, tmp_path: Path, ketik: int) -> None:
    """A Profil Tahun outside 2000-2100 (what `lakip baru --tahun` accepts) is one galat on
    its cell, saying what is there and what is expected."""
    buku = operasi.baca_buku(badan)
    sel = buku.profil_sel["tahun"]
    p = _salin(badan, tmp_path / "tahun.xlsx", {"Profil": {sel: ketik}})
    assert [(m.galat, m.pesan) for m in _di(operasi.periksa(p), "Profil", sel)] == [
        (
            True,
            f"'Tahun' berisi {ketik}, di luar tahun laporan 2000-2100; yang diharapkan tahun "
            "yang dilaporkan, empat angka, mis. 2025",
        )
    ]


# --- marks and notes -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tanpa_target(badan: Path, tmp_path_factory: pytest.TempPathFactory) -> Hasil:
    """The Badan with K-2 (row 11) left without target; K-3 (row 12) has no realisasi yet and
    the Keterangan 'menunggu penilaian tim'."""
    p = tmp_path_factory.mktemp("target") / "tanpa-target.xlsx"
    _salin(badan, p, {"Indikator": {f"{_kolom(badan, 'Indikator', 'Target')}11": None}})
    return operasi.hitung_buku(p)


def test_satu_tanda_satu_arti_dengan_catatan(tanpa_target: Hasil) -> None:
    data = bangun(tanpa_target).data
    kasubbid = next(u for u in data["eselon4"] if u.nama == "Kasubbid Data dan Informasi")
    teks = kasubbid.tabel.teks_sel()
    assert teks[0][3:6] == ["**)", "75%", "-"]  # no target: marked, no capaian
    assert teks[1][3:6] == ["4 kajian", "*)", "*)"]  # realisasi not yet available
    assert kasubbid.tabel.catatan[:2] == [
        "*) realisasi belum tersedia / masih dalam proses penilaian",
        "**) target belum ditetapkan, sehingga capaian tidak dihitung",
    ]
    for tab in semua_tabel(data):  # every mark printed has its note, with its one meaning
        sel = [s.teks.strip() for b in tab.baris for s in b]
        for tanda, arti in TANDA.items():
            dicetak = any(s == tanda or s.endswith(" " + tanda) for s in sel)
            catatan = [c for c in tab.catatan if c.split(" ", 1)[0] == tanda]
            assert catatan == ([f"{tanda} {arti}"] if dicetak else []), (tab.judul, tanda)


def test_keterangan_dicetak_di_bawah_tabel_capaian(tanpa_target: Hasil) -> None:
    data = bangun(tanpa_target).data
    catatan = "Keterangan Jumlah kajian riset yang diselesaikan: menunggu penilaian tim."
    kasubbid = next(u for u in data["eselon4"] if u.nama == "Kasubbid Data dan Informasi")
    assert catatan in kasubbid.tabel.catatan
    assert catatan in data["tabel"]["eselon4"].catatan


def test_laporan_docx_memuat_tanda_keterangan_dan_baris_bergalat(
    negativ: tuple[Path, Hasil], tmp_path: Path
) -> None:
    p, _ = negativ
    keluar = tmp_path / "laporan.docx"
    operasi.laporan(p, keluar, paksa=True)
    teks = "\n".join(par.text for par in Document(str(keluar)).paragraphs)
    assert "Keterangan Jumlah kajian riset yang diselesaikan: menunggu penilaian tim." in teks
    assert "(sheet Indikator sel G7)" in teks
    assert "*) realisasi belum tersedia / masih dalam proses penilaian" in teks


# --- Target year columns, units typed with a number --------------------------------------------


def test_kolom_target_bukan_tahun_diperingatkan(badan: Path, tmp_path: Path) -> None:
    """A workbook made for year 24 by an older lakip: headers 'Target 23' ... 'Target 27'."""
    sel = {f"{c}3": f"Target {t}" for c, t in zip("IJKLM", range(23, 28), strict=True)}
    p = _salin(badan, tmp_path / "target-23.xlsx", {"Tujuan Sasaran": sel})
    m = _di(operasi.periksa(p), "Tujuan Sasaran", "I3")
    assert [(x.galat, x.pesan) for x in m] == [
        (
            False,
            "judul kolom 'Target 23' (I), 'Target 24' (J), 'Target 25' (K), 'Target 26' (L), "
            "'Target 27' (M) bukan tahun (empat angka, 2000-2100), jadi tidak dibaca sebagai "
            "target per tahun; buat kolom Target periode Renstra dengan `lakip renstra BERKAS "
            "--periode 2023-2027` (isian lain tetap), pindahkan isinya bila ada, lalu hapus "
            "kolom itu",
        )
    ]


def test_tahun_tanpa_kolom_target_diperingatkan(badan: Path, tmp_path: Path) -> None:
    """A blank workbook of 2024 (Target 2023-2027, no Periode Renstra) whose Tahun is then
    typed 2030."""
    buku = operasi.baca_buku(badan)
    assert buku.profil["periode_renstra"] == "2023-2027"
    sel = buku.profil_sel
    p = _salin(
        badan,
        tmp_path / "tahun-2030.xlsx",
        {"Profil": {sel["tahun"]: 2030, sel["periode_renstra"]: None}},
    )
    m = _di(operasi.periksa(p), "Profil", sel["tahun"])
    assert [x.pesan for x in m] == [
        "Tahun 2030 tidak punya kolom 'Target 2030' di sheet Tujuan Sasaran (yang ada: "
        "'Target 2023', 'Target 2024', 'Target 2025', 'Target 2026', 'Target 2027'), jadi "
        "target Renstra tahun ini tidak tercetak; tambahkan kolom periode Renstra yang memuat "
        "2030 dengan `lakip renstra BERKAS --periode 2029-2033` dan isi Periode Renstra di Profil"
    ]


def test_satuan_yang_diketik_menunjuk_tempat_yang_ada(badan: Path, tmp_path: Path) -> None:
    ang = _kolom(badan, "Anggaran", "Anggaran")
    jml = _kolom(badan, "Pegawai", "Jumlah")
    tgt = _kolom(badan, "Indikator", "Target")
    p = _salin(
        badan,
        tmp_path / "satuan.xlsx",
        {
            "Anggaran": {f"{ang}5": "Rp 1.200.000.000"},
            "Pegawai": {"A4": "Status Kepegawaian", "B4": "PNS", f"{jml}4": "12 orang"},
            "Indikator": {f"{tgt}4": "95 dokumen"},
        },
    )
    masalah = operasi.periksa(p)
    assert [m.pesan for m in _di(masalah, "Anggaran", f"{ang}5")] == [
        "kolom 'Anggaran': teks 'Rp 1.200.000.000' dibaca sebagai angka 1.200.000.000 (satuan "
        "'Rp' diabaikan; kolom ini sudah dalam rupiah; ketik angkanya saja)"
    ]
    assert [m.pesan for m in _di(masalah, "Pegawai", f"{jml}4")] == [
        "kolom 'Jumlah': teks '12 orang' dibaca sebagai angka 12 (satuan 'orang' diabaikan; "
        "ketik angkanya saja)"
    ]
    pesan = [m.pesan for m in _di(masalah, "Indikator", f"{tgt}4")]
    assert len(pesan) == 1 and pesan[0].endswith("satuan ditulis di kolom Satuan)"), pesan


# --- template names --------------------------------------------------------------------------


def _templat(tmp_path: Path, isi: str, nama: str = "templat-saya.docx") -> Path:
    from lakip_xl.laporan.templat import TEMPLAT_BAWAAN

    d = Document(str(TEMPLAT_BAWAAN))
    d.add_paragraph(isi)
    p = tmp_path / nama
    d.save(str(p))
    return p


@pytest.mark.parametrize(
    ("isi", "temuan"),
    [
        ("{{ profil.almat }}", ["profil.almat"]),
        ("{{ profil.tahun.bulan }}", ["profil.tahun.bulan"]),
        ("{{ tabel.sasaran.isii }}", ["tabel.sasaran.isii"]),
        ("{{ tabel.sasarann.isi }}", ["tabel.sasarann"]),
        ("{% for u in eselon3 %}{{ u.tabel.judull }}{% endfor %}", ["u.tabel.judull"]),
        ("{% for p in narasi['Visi'] %}{{ p.tekss }}{% endfor %}", ["p.tekss"]),
        ("{{ kalimat.ikhtisarr }} {{ grafik.ikmm.judul }}", ["grafik.ikmm", "kalimat.ikhtisarr"]),
        ("{% for x in tambahan['Lampiran'] %}{{ x.judul }}{{ x.isi }}{% endfor %}", []),
        ("{% set a = profil.nama_instansi|upper %}{{ a }} {{ profil.tahun.strip() }}", []),
        ("{% for u in eselon4 %}{{ loop.index }}. {{ u.nama }}{% endfor %}", []),
        ("{{ grafik.capaian.gambar }} {{ narasi['Bagian Apa Saja'] }}", []),
    ],
)
def test_periksa_templat_setiap_nama(tmp_path: Path, isi: str, temuan: list[str]) -> None:
    assert periksa_templat(_templat(tmp_path, isi)) == temuan


def test_filter_salah_ketik_ditolak_dengan_saran(tmp_path: Path) -> None:
    t = _templat(tmp_path, "{{ profil.nama_instansi|uper }}")
    with pytest.raises(LakipError) as e:
        periksa_templat(t)
    assert str(e.value) == (
        "Templat 'templat-saya.docx' tidak valid: filter 'uper' tidak dikenal (maksudnya "
        "'upper'?). Perbaiki ejaannya di Word (daftar variabel ada di README, bagian Laporan)."
    )


def test_laporan_menolak_dengan_kata_yang_sama(badan: Path, tmp_path: Path) -> None:
    t = _templat(tmp_path, "{{ profil.almat }} {{ nama_kantor }}")
    pesan = (
        "Templat 'templat-saya.docx' memakai variabel yang tidak dikenal: nama_kantor; tidak "
        "dapat diisi: nilai 'almat' tidak ada di {{ profil.almat }} (maksudnya 'alamat'?). "
        "Perbaiki ejaannya di Word (daftar variabel ada di README, bagian Laporan)."
    )
    from lakip_xl.laporan.nama_templat import pesan as kalimat

    assert kalimat(t.name, temuan_templat(t)) == pesan
    with pytest.raises(LakipError) as e:
        operasi.laporan(badan, tmp_path / "lap.docx", templat=t)
    assert str(e.value) == pesan
    assert not (tmp_path / "lap.docx").exists()
