namespace StemCell.Explorer.Rendering;

/// <summary>How the Explorer draws what it prints on standard output.</summary>
public enum OutputStyle
{
    /// <summary>Tables with borders and colour on an interactive terminal; plain text when the output is redirected.</summary>
    Auto,

    /// <summary>Plain text: aligned columns, no borders, no escape codes; what a file, a pipe or a test receives.</summary>
    Plain,

    /// <summary>Tables with borders, drawn with Spectre.Console, whatever the output is.</summary>
    Rich,
}
