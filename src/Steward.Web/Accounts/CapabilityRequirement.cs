using Microsoft.AspNetCore.Authorization;
using Steward.Core.Accounts;

namespace Steward.Web.Accounts;

/// <summary>A policy's requirement: the person acts for an organisation in a role that grants <see cref="Capability"/>.</summary>
public sealed record CapabilityRequirement(Capability Capability) : IAuthorizationRequirement;
