using StemCell.Api;
using StemCell.Domain.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddStemCellDomain();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks();
builder.Services.AddSingleton(services => StudyCatalog.Load(services.GetRequiredService<IConfiguration>()));

var app = builder.Build();

app.MapOpenApi();
app.MapHealthChecks("/health");
app.MapVocabularyEndpoints();
app.MapStudyEndpoints();
app.MapDatasetEndpoints();
app.MapFhirEndpoints();

app.Run();

/// <summary>The sample's entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
