"""The collector is paused inside a command and given back as it was, also after a failure."""

import gc

import pytest

from lakip_xl import cli
from lakip_xl.jeda_gc import jeda_gc


@pytest.fixture(autouse=True)
def _pulihkan():
    jalan = gc.isenabled()
    yield
    if jalan:
        gc.enable()
    else:
        gc.disable()


def test_jeda_lalu_pulih():
    gc.enable()
    with jeda_gc():
        assert not gc.isenabled()
        with jeda_gc():  # nested (one file of many): still paused after it
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_blok_dalam_mengumpulkan_siklus():
    """What one file's work leaves in cycles is freed when its block ends, though the outer
    block (the whole command) is still paused."""
    import weakref

    class Simpul:
        pass

    gc.enable()
    with jeda_gc():
        with jeda_gc():
            a, b = Simpul(), Simpul()
            a.b, b.a = b, a
            ref = weakref.ref(a)
            del a, b
        assert ref() is None
        assert not gc.isenabled()
    assert gc.isenabled()


def test_pulih_setelah_galat():
    gc.enable()
    with pytest.raises(ZeroDivisionError), jeda_gc():
        _ = 1 // 0
    assert gc.isenabled()


def test_yang_mati_tetap_mati():
    gc.disable()
    with jeda_gc():
        pass
    assert not gc.isenabled()


def test_perintah_berjalan_tanpa_sapuan(monkeypatch):
    """`lakip` runs its command with the collector paused and restores it after."""
    gc.enable()
    dilihat = []
    monkeypatch.setitem(cli.JALANKAN, "contoh", lambda args: dilihat.append(gc.isenabled()) or 0)
    assert cli.main(["contoh"]) == 0
    assert dilihat == [False]
    assert gc.isenabled()


def test_tombol_berjalan_tanpa_sapuan():
    """A button's work (Hitung Ulang, Buat Laporan) runs paused too, and a failure inside it
    (its message shown on the sheet) gives the collector back."""
    from lakip_xl.tombol import terjaga

    class Lembar:
        def __init__(self):
            self.pesan_ = []

        def pesan(self, teks, galat=False):
            self.pesan_.append((teks, galat))

    gc.enable()
    lembar = Lembar()
    assert terjaga(lembar, gc.isenabled) is False
    assert gc.isenabled()

    def gagal():
        raise ValueError("x")

    assert terjaga(lembar, gagal) is None
    assert gc.isenabled()
    assert lembar.pesan_ and lembar.pesan_[-1][1] is True


def test_laporan_tanpa_siklus_yang_menahan_buku(contoh_xlsx, tmp_path, monkeypatch):
    """A report's work leaves no reference cycle holding the workbook: with the collector
    paused and no collection at all, the Buku read is freed by reference counting as the
    command ends (a recursive closure over it kept all of it alive until then)."""
    import weakref

    from lakip_xl import jeda_gc as modul
    from lakip_xl import operasi

    dibaca = []
    asli = operasi.baca_buku

    def baca(*a, **k):
        buku = asli(*a, **k)
        dibaca.append(weakref.ref(buku))
        return buku

    monkeypatch.setattr(operasi, "baca_buku", baca)
    monkeypatch.setattr(modul.gc, "collect", lambda *a: 0)
    gc.disable()  # stays off after the command (restored by the fixture): no collection at all
    tujuan = tmp_path / "laporan.docx"
    assert cli.main(["laporan", str(contoh_xlsx), "-o", str(tujuan)]) == 0
    assert tujuan.is_file() and len(dibaca) == 1
    assert dibaca[0]() is None
