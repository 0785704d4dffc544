// Regenerates every vocabulary's C# from its definition file; run from anywhere inside the repository:
//   dotnet run --project tools/StemCell.Domain.VocabularyGenerator
// Prints each file it wrote, and nothing for a file that was already current.
using StemCell.Domain.VocabularyGenerator;

var root = GenerationPlan.FindRepositoryRoot(Environment.CurrentDirectory);
foreach (var file in GenerationPlan.Create(root).Files)
{
    var path = Path.Combine(root, file.Path);
    if (!File.Exists(path) || File.ReadAllText(path) != file.Content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, file.Content);
        Console.WriteLine($"wrote {file.Path}");
    }
}

return 0;
