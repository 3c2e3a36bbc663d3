namespace Steward.Core.Common;

/// <summary>
/// An expected failure: a business or validation outcome, not a bug (conventions C6).
/// </summary>
/// <param name="Code">A stable upper-snake code such as <c>SUPPLIER_NOT_FOUND</c>, for machines.</param>
/// <param name="Message">A plain sentence for people, naming the value or field at fault.</param>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "Error is the name the conventions (C6) give this type; Steward is C# only.")]
public sealed record Error(string Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}
