namespace Steward.Data.Analytics;

/// <summary>Which processes a page reads: one process, or those a supplier was awarded.</summary>
public sealed record ProcessScope
{
    internal const string ParameterName = "@scope";

    private ProcessScope(ScopeKind kind, string value) => (Kind, Value) = (kind, value);

    public ScopeKind Kind { get; }

    /// <summary>The ocid or the organisation id.</summary>
    public string Value { get; }

    public static ProcessScope Process(string ocid) => new(ScopeKind.Process, ocid);

    /// <summary>The processes with an award to this organisation.</summary>
    public static ProcessScope Supplier(string organisationId) => new(ScopeKind.Supplier, organisationId);

    /// <summary>The processes an SQL condition picks; <paramref name="condition"/> holds <c>{0}</c> where the ocid column goes.</summary>
    internal static ProcessScope Where(string condition) => new(ScopeKind.Condition, condition);

    /// <summary>The SQL condition on an ocid column, with the parameter <see cref="ParameterName"/>.</summary>
    internal string Condition(string column) => Kind switch
    {
        ScopeKind.Process => $"{column} = {ParameterName}",
        ScopeKind.Condition => string.Format(System.Globalization.CultureInfo.InvariantCulture, Value, column),
        _ => $"{column} IN (SELECT ocid FROM award_suppliers WHERE organisation_id = {ParameterName})",
    };
}

public enum ScopeKind
{
    Process,
    Supplier,

    /// <summary>An SQL condition of Steward's own (the stored figures' scopes), never a caller's text.</summary>
    Condition,
}
