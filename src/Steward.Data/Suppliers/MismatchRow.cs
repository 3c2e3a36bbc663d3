using Steward.Core.Suppliers;

namespace Steward.Data.Suppliers;

/// <summary>A published flag of a linked organisation that its register profile disagrees with.</summary>
public sealed record MismatchRow(string ProfileId, string Name, string OrganisationId, FlagMismatch Mismatch);
