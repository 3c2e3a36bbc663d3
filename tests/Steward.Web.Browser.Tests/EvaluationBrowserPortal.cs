using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Steward.Web.Browser.Tests;

/// <summary>
/// A portal of the evaluation journey's own: no demo releases, and a clock the test moves past a tender's deadline.
/// The whole portal keeps that one clock (the tender box, the pages, sessions), as a real one would days later.
/// </summary>
public sealed class EvaluationBrowserPortal : BrowserPortal
{
    internal ShiftedClock Clock { get; } = new();

    protected override Dictionary<string, string?> Settings() => new() { ["Steward:DemoReleases"] = "0" };

    protected override void ReplaceServices(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
}
