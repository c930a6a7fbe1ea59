import pytest

from tbn4_desktop.core.validation import bin_error, iin_bin_check_digit, url_error


@pytest.mark.parametrize("value", ["050340001235", "990740002243"])
def test_valid_bins_pass(value):
    assert bin_error(value) is None


def test_bin_needs_twelve_digits():
    assert bin_error("12345") == "БИН должен состоять из 12 цифр."
    assert bin_error("05034000123a") == "БИН должен состоять из 12 цифр."


def test_bin_with_wrong_check_digit_is_refused():
    message = bin_error("050340001236")
    assert message is not None and "контрольная цифра" in message


def test_check_digit_uses_the_second_weight_row_when_the_first_gives_ten():
    # The tenth digit weighs 10 in the first row and 1 in the second.
    first = sum(int(d) * w for d, w in zip("00000000010", range(1, 12), strict=True)) % 11
    assert first == 10
    assert iin_bin_check_digit("00000000010") == 1


@pytest.mark.parametrize("url", ["https://www.gov.kz/memleket/entities/x", "http://инфо.kz/новости"])
def test_good_urls(url):
    assert url_error(url) is None


@pytest.mark.parametrize("url", ["", "gov.kz", "ftp://gov.kz/x", "https://localhost", "https://gov.kz/a b"])
def test_bad_urls_get_a_russian_message(url):
    message = url_error(url)
    assert message is not None and ("Ссылка" in message or "Укажите" in message)


def test_iin_is_checked_by_its_digit_and_its_date_of_birth():
    from tbn4_desktop.core.validation import iin_error

    assert iin_error("900101300126") is None  # 1 January 1990, a man born in the 20th century
    assert iin_error(" 000512501232 ") is None  # 12 May 2000
    assert iin_error("90010130012") == "ИИН должен состоять из 12 цифр."
    assert "контрольная цифра" in iin_error("900101300127")
    # A right control digit on an impossible date (31 February) or century digit (7).
    from tbn4_desktop.core.validation import iin_bin_check_digit

    for first11 in ("90023130012", "90010170012"):
        check = iin_bin_check_digit(first11)
        if check is not None:
            assert "дата рождения" in iin_error(first11 + str(check))
