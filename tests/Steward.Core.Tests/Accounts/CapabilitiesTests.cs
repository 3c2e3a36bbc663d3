using Steward.Core.Accounts;

namespace Steward.Core.Tests.Accounts;

public sealed class CapabilitiesTests
{
    [Theory]
    [InlineData(Role.Commissioner, true)]
    [InlineData(Role.Evaluator, true)]
    [InlineData(Role.Verifier, true)]
    [InlineData(Role.Admin, true)]
    [InlineData(Role.Supplier, false)]
    public void NeedsSecondFactor_RolesThatSeeConfidentialMaterial_Do(Role role, bool expected) =>
        Assert.Equal(expected, Capabilities.NeedsSecondFactor(role));

    [Fact]
    public void Grants_EveryRole_MayUseItsAccountAndOnlyAdminsManageTheInstance()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            Assert.True(Capabilities.Grants(role, Capability.UseAccount));
            Assert.Equal(role == Role.Admin, Capabilities.Grants(role, Capability.ManageInstance));
        }
    }

    [Fact]
    public void Grants_EditSupplierProfile_OnlySuppliers() =>
        Assert.Equal([Role.Supplier], Enum.GetValues<Role>().Where(r => Capabilities.Grants(r, Capability.EditSupplierProfile)));

    [Theory]
    [InlineData(Capability.SubmitBids, Role.Supplier)]
    [InlineData(Capability.ScoreBids, Role.Evaluator)]
    [InlineData(Capability.RunEvaluation, Role.Commissioner)]
    public void Grants_EachEvaluationCapability_ToOneRoleOnly_AdminsNone(Capability capability, Role only) =>
        Assert.Equal([only], Enum.GetValues<Role>().Where(r => Capabilities.Grants(r, capability)));

    [Theory]
    [InlineData(Capability.ManageDelivery, new[] { Role.Commissioner })]
    [InlineData(Capability.ReportDelivery, new[] { Role.Supplier })]
    [InlineData(Capability.VerifyDelivery, new[] { Role.Commissioner, Role.Verifier })]
    public void Grants_EachDeliveryCapability_ToItsRolesOnly(Capability capability, Role[] roles) =>
        Assert.Equal(roles, Enum.GetValues<Role>().Where(r => Capabilities.Grants(r, capability)));

    [Fact]
    public void Grants_VerifyEvidence_OnlyVerifiers() =>
        Assert.Equal([Role.Verifier], Enum.GetValues<Role>().Where(r => Capabilities.Grants(r, Capability.VerifyEvidence)));

    [Theory]
    [InlineData(OrganisationSide.Buyer, Role.Commissioner, true)]
    [InlineData(OrganisationSide.Buyer, Role.Verifier, true)]
    [InlineData(OrganisationSide.Buyer, Role.Supplier, false)]
    [InlineData(OrganisationSide.Supplier, Role.Commissioner, false)]
    [InlineData(OrganisationSide.Supplier, Role.Supplier, true)]
    [InlineData(OrganisationSide.Instance, Role.Admin, true)]
    [InlineData(OrganisationSide.Buyer, Role.Admin, false)]
    public void Allows_RoleOnSide_FollowsTheSides(OrganisationSide side, Role role, bool expected) =>
        Assert.Equal(expected, Capabilities.Allows(side, role));

    [Fact]
    public void RoleNames_RoundTrip_AndRefuseUnknown()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            Assert.True(RoleNames.TryParseRole(RoleNames.Of(role), out var back));
            Assert.Equal(role, back);
        }

        Assert.False(RoleNames.TryParseRole("superuser", out _));
        Assert.True(RoleNames.TryParseSide(" Buyer ", out var side));
        Assert.Equal(OrganisationSide.Buyer, side);
    }
}
