using Steward.Core.Common;

namespace Steward.Core.Suppliers;

/// <summary>A profile read from JSON: the profile when there were no errors, every error (each naming its field), and warnings.</summary>
public sealed record ProfileReadResult(SupplierProfile? Profile, IReadOnlyList<Error> Errors, IReadOnlyList<string> Warnings)
{
    public bool IsValid => Errors.Count == 0;
}
