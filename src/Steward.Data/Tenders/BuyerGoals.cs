using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.Tenders;
using Steward.Data.Accounts;
using Steward.Data.Entities;

namespace Steward.Data.Tenders;

/// <summary>
/// Buyers' goals in the store (docs/tenders.md, "Goals"): each buyer organisation keeps its own, and every goal is
/// public. A goal is saved whole or not at all; every change lands in the audit trail.
/// </summary>
public sealed class BuyerGoals(DatabaseTarget target, TimeProvider time, SocialValueModels? models = null)
{
    private readonly SocialValueModels _models = models ?? SocialValueModels.Default;

    /// <summary>The goals of one buyer organisation, by id.</summary>
    public IReadOnlyList<Goal> Of(string organisationId) => StoreWork.Read(target, context => Load(context, organisationId));

    /// <summary>Every buyer's goals, for the public page: newest change first.</summary>
    public IReadOnlyList<PublicGoal> All() => StoreWork.Read(target, context =>
    {
        var organisations = context.AccountOrganisations.AsNoTracking().ToDictionary(o => o.Id);
        return (IReadOnlyList<PublicGoal>)
        [
            .. context.Goals.AsNoTracking().OrderByDescending(g => g.UpdatedAt).ThenBy(g => g.Key).AsEnumerable()
                .Select(g => new PublicGoal(GoalRows.ToGoal(g, BuyerIdentity.Of(organisations[g.OrganisationId])), g.OrganisationId, organisations[g.OrganisationId].Name)),
        ];
    });

    /// <summary>Adds the goal, or replaces the one with its id; refused with every problem named when it is not sound.</summary>
    public Result<Goal> Save(string organisationId, Goal goal, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(by);
        var errors = GoalRules.Validate(goal, _models);
        if (errors.Count > 0)
        {
            return new Error(GoalRules.Code, string.Join("; ", errors.Select(e => e.Message)));
        }

        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var organisation = context.AccountOrganisations.AsNoTracking().FirstOrDefault(o => o.Id == organisationId);
            if (organisation is null || organisation.Side != Core.Accounts.RoleNames.Of(Core.Accounts.OrganisationSide.Buyer))
            {
                return Result<Goal>.Failure(new Error(GoalRules.Code, $"organisation \"{organisationId}\" is not a buyer in Steward; only buyers set goals"));
            }

            var row = context.Goals.FirstOrDefault(g => g.OrganisationId == organisationId && g.Key == goal.Id);
            if (row is null)
            {
                row = new GoalRow { OrganisationId = organisationId, Key = goal.Id };
                context.Goals.Add(row);
            }

            GoalRows.Fill(row, goal);
            row.UpdatedAt = time.GetUtcNow().UtcDateTime;
            context.SaveChanges();
            return GoalRows.ToGoal(row, BuyerIdentity.Of(organisation));
        });
    }

    internal static List<Goal> Load(StewardDbContext context, string organisationId)
    {
        var organisation = context.AccountOrganisations.AsNoTracking().First(o => o.Id == organisationId);
        return [.. context.Goals.AsNoTracking().Where(g => g.OrganisationId == organisationId).OrderBy(g => g.Key).AsEnumerable().Select(g => GoalRows.ToGoal(g, BuyerIdentity.Of(organisation)))];
    }
}
