namespace Steward.Core.Evaluation.Standstill;

/// <summary>
/// Whose bank holidays stop the clock when counting working days (PA 2023 s.123). The three parts are the divisions of
/// the Banking and Financial Dealings Act 1971 Sch. 1 (and gov.uk's bank-holidays.json); <see cref="AllUk"/> counts a
/// day that is a bank holiday in any of them, Steward's default reading of s.123 (docs/evaluation.md).
/// </summary>
public enum UkCalendar
{
    /// <summary>A bank holiday in any part of the United Kingdom (<c>all-uk</c>), the default.</summary>
    AllUk,

    /// <summary>England and Wales (<c>england-and-wales</c>).</summary>
    EnglandAndWales,

    /// <summary>Scotland (<c>scotland</c>).</summary>
    Scotland,

    /// <summary>Northern Ireland (<c>northern-ireland</c>).</summary>
    NorthernIreland,
}
