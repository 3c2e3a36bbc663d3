using Steward.Core.Accounts;

namespace Steward.Data.Accounts;

/// <summary>An organisation people act for in Steward, with what it is linked to.</summary>
/// <param name="Id">Steward's own id for it.</param>
/// <param name="Name">Its name, as it gave it.</param>
/// <param name="Side">Which side of procurement it is on; this decides the roles its members may hold.</param>
/// <param name="Identifier">Its identifier written <c>SCHEME-id</c>, when it has one.</param>
/// <param name="PublishedId">The published organisation (buyer or supplier) it is, when the store has it.</param>
/// <param name="ProfileId">Its supplier register profile, for a supplier that has one.</param>
public sealed record AccountOrganisation(string Id, string Name, OrganisationSide Side, string? Identifier, string? PublishedId, string? ProfileId);
