using StemCell.Api;
using StemCell.Domain.AspNetCore;
using StemCell.Domain.Serialization;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddStemCellDomain();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks();
builder.Services.AddSingleton(services => StudyCatalog.Load(services.GetRequiredService<IConfiguration>()));

var app = builder.Build();

// The dataset is loaded before the first request, so a bad Dataset:Path stops the application with a message
// instead of failing every request that needs it.
try
{
    app.Services.GetRequiredService<StudyCatalog>();
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or StemCellJsonException)
{
    Console.Error.WriteLine($"Dataset:Path: {e.Message}");
    return 1;
}

app.MapOpenApi();
app.MapHealthChecks("/health");
app.MapVocabularyEndpoints();
app.MapStudyEndpoints();
app.MapDatasetEndpoints();
app.MapFhirEndpoints();

app.Run();
return 0;

/// <summary>The sample's entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
