using Steward.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddStewardPortal(builder.Configuration);

var app = builder.Build();
app.UseStewardPortal();
app.Run();

/// <summary>The entry point, visible to the tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
