using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Steward.Data.Accounts;
using Steward.Data.Suppliers;
using Steward.Web.Accounts;
using Steward.Web.Hosting;

namespace Steward.Web.Api;

/// <summary>
/// The write API for machine clients (docs/accounts.md, "Machine tokens"): only bearer tokens an admin issued, each
/// scoped to what it may do for one organisation; every change lands in the audit trail as <c>token:ID</c>.
/// </summary>
public static class WriteApi
{
    public static IEndpointRouteBuilder MapWriteApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/write").RequireRateLimiting(PortalServices.RateLimitPolicy).WithTags("Write API (machine tokens)").AnswerHead();
        api.MapPut("/register/profile", PutProfile)
            .RequireAuthorization(new AuthorizeAttribute { Policy = Policies.CanEditSupplierProfile, AuthenticationSchemes = ApiTokenHandler.SchemeName })
            .WithSummary("Submit the token's supplier's register profile (the profile JSON of docs/suppliers.md); its evidence list is never taken");
        api.MapDesignWriteApi();
        return app;
    }

    public static async Task<Results<Ok<ProfileSaved>, ProblemHttpResult>> PutProfile(HttpContext http, SupplierPortal portal)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(portal);
        var organisation = http.User.FindFirst(ApiTokenHandler.OrganisationClaim)!.Value;
        var by = new ActingParty(Actors.Token(http.User.FindFirst(ApiTokenHandler.TokenClaim)!.Value), $"Machine token \"{http.User.Identity!.Name}\"");
        using var reader = new StreamReader(http.Request.Body);
        var json = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        var saved = portal.SaveDraft(organisation, json, by);
        if (!saved.IsSuccess)
        {
            return Problem(saved.Error!);
        }

        var submitted = portal.Submit(organisation, by);
        return submitted.IsSuccess
            ? TypedResults.Ok(new ProfileSaved(submitted.Value.Id, submitted.Value.Action, submitted.Value.Fields))
            : Problem(submitted.Error!);
    }

    private static ProblemHttpResult Problem(Core.Common.Error error) =>
        TypedResults.Problem(error.Message, statusCode: StatusCodes.Status400BadRequest, title: "The profile was not saved",
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });
}
