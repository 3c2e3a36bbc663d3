namespace Steward.Data.Entities;

/// <summary>
/// One supplier's line in the suppliers list (table <c>figure_suppliers</c>, docs/store.md "Stored figures"): the
/// figures the list shows, in columns a page can sort, filter and cut in the database, so that a portal node never
/// holds every supplier (271,354 at the whole UK record's size). Written with the supplier's stored figures and
/// exact whenever they are (ADR 0015, ADR 0016).
/// </summary>
public class FigureSupplierRow
{
    /// <summary>The line's number: on SQLite the rowid its text filter's FTS5 index refers to, which must not change (a VACUUM renumbers implicit rowids).</summary>
    public long Id { get; set; }

    public string SupplierId { get; set; } = string.Empty;

    /// <summary>Its name in the organisation directory, or null.</summary>
    public string? Name { get; set; }

    /// <summary>The name (else the id) upper-cased: the list sorts text ignoring case.</summary>
    public string NameKey { get; set; } = string.Empty;

    public string? Scale { get; set; }

    public bool? Vcse { get; set; }

    public int Awards { get; set; }

    public double? AwardValue { get; set; }

    // A column that may be missing has a sort key for each direction that puts missing last, so that a page of the
    // list is one query walking one index, whichever way it is sorted (SupplierListKeys).

    public double AwardValueAscending { get; set; }

    public double AwardValueDescending { get; set; }

    public string ScaleAscending { get; set; } = string.Empty;

    public string ScaleDescending { get; set; } = string.Empty;

    public int VcseAscending { get; set; }

    public int VcseDescending { get; set; }

    public int FrameworkPlaces { get; set; }

    public int Buyers { get; set; }

    /// <summary>The id upper-cased, for sorting by id ignoring case.</summary>
    public string IdKey { get; set; } = string.Empty;

    /// <summary>The name (else the id), the scale and the id, lower-cased and apart by U+0001, for the list's text filter.</summary>
    public string Search { get; set; } = string.Empty;
}
