using System.Reflection;
using StemCell.Domain.Vocabulary;

var assembly = typeof(IVocabularyTerm).Assembly;
var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
Console.WriteLine($"{assembly.GetName().Name} {version}");
