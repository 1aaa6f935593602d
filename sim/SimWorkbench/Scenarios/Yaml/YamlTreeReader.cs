using SimWorkbench.Scenarios.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SimWorkbench.Scenarios.Yaml;

/// <summary>
/// Reads one YAML document into a positioned tree, from YamlDotNet's event parser. Not
/// YamlDotNet's representation model: its recursive loader overflows the stack on deeply
/// nested input (a crash no handler can catch) and stops at the first duplicate key, whereas
/// this loop keeps an explicit stack, enforces the limits as it goes (size with every alias
/// use counted in full, depth, list length), and reports every duplicate key.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>The tree, or null when the text is malformed or over a limit (the reason is in <paramref name="bag"/>).</summary>
    public static YamlNode? Read(string text, string path, ScenarioLoadOptions options, DiagnosticBag bag)
    {
        var builder = new Builder(path, options, bag);
        var reached = Mark.Empty;
        try
        {
            var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
            while (parser.MoveNext())
            {
                reached = parser.Current!.End;
                if (!builder.Accept(parser.Current!))
                {
                    return null;
                }
            }
        }
        catch (YamlException e)
        {
            bag.Error(DiagnosticCodes.MalformedYaml, Location(path, e.Start), $"malformed YAML: {Sentence(e.Message)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18.1's scanner throws this instead of a YamlException for some malformed
            // text, e.g. a flow list continued on a line indented less than its key
            // ("s:\n  - id: x\n    fleets: [a,\n  b]"); found by the mutation tests.
            bag.Error(DiagnosticCodes.MalformedYaml, Location(path, reached),
                "malformed YAML after this point: the parser could not go on (often a [list] or {mapping} continued on a line indented less than its key).");
            return null;
        }

        return builder.Root ?? new YamlMap(new SourceLocation(path, 1, 1), []);
    }

    private static SourceLocation Location(string path, Mark mark) =>
        new(path, (int)Math.Clamp(mark.Line, 1, int.MaxValue), (int)Math.Clamp(mark.Column, 1, int.MaxValue));

    private static string Sentence(string message)
    {
        var text = message.Trim();
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : "the parser gave up here.";
    }

    private sealed class Frame(bool isMap, SourceLocation location, string? anchor)
    {
        public bool IsMap { get; } = isMap;

        public SourceLocation Location { get; } = location;

        public string? Anchor { get; } = anchor;

        public List<YamlEntry> Entries { get; } = [];

        public Dictionary<string, SourceLocation> Keys { get; } = new(StringComparer.Ordinal);

        public List<YamlNode> Items { get; } = [];

        public YamlScalar? PendingKey { get; set; }

        public bool SkipValue { get; set; }

        public long Weight { get; set; } = 1;

        public int Height { get; set; } = 1;

        public YamlNode Build() => IsMap ? new YamlMap(Location, Entries) : new YamlList(Location, Items);
    }

    private sealed class Builder(string path, ScenarioLoadOptions options, DiagnosticBag bag)
    {
        private readonly Stack<Frame> stack = new();
        private readonly Dictionary<string, (YamlNode Node, long Weight, int Height)> anchors = new(StringComparer.Ordinal);
        private long nodes;
        private int documents;

        public YamlNode? Root { get; private set; }

        /// <summary>Takes one parser event; false when reading must stop.</summary>
        public bool Accept(ParsingEvent e)
        {
            switch (e)
            {
                case DocumentStart:
                    if (++documents > 1)
                    {
                        bag.Error(DiagnosticCodes.MalformedYaml, Location(path, e.Start),
                            "a scenario file holds one YAML document; remove the second '---' and what follows, or put it in its own file.");
                        return false;
                    }

                    return true;
                case MappingStart or SequenceStart:
                    var node = (NodeEvent)e;
                    if (stack.Count + 1 > options.MaxDepth)
                    {
                        bag.Error(DiagnosticCodes.TooLarge, Location(path, e.Start),
                            $"nesting deeper than {options.MaxDepth} levels; a scenario needs far fewer.");
                        return false;
                    }

                    CheckTag(node);
                    stack.Push(new Frame(e is MappingStart, Location(path, e.Start), AnchorOf(node)));
                    return true;
                case Scalar scalar:
                    CheckTag(scalar);
                    var text = new YamlScalar(Location(path, e.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
                    return Attach(text, 1, 1, AnchorOf(scalar), text.Location, added: 1);
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
                    {
                        bag.Error(DiagnosticCodes.MalformedYaml, Location(path, e.Start),
                            $"alias '*{alias.Value.Value}' refers to no anchor defined before it (anchors are written '&{alias.Value.Value}').");
                        return false;
                    }

                    return Attach(anchored.Node, anchored.Weight, anchored.Height, anchor: null, Location(path, e.Start), added: anchored.Weight);
                case MappingEnd or SequenceEnd:
                    var frame = stack.Pop();
                    return Attach(frame.Build(), frame.Weight, frame.Height, frame.Anchor, frame.Location, added: 1);
                default:
                    return true;
            }
        }

        private static string? AnchorOf(NodeEvent e) => e.Anchor.IsEmpty ? null : e.Anchor.Value;

        private void CheckTag(NodeEvent e)
        {
            if (!e.Tag.IsEmpty && !e.Tag.IsNonSpecific)
            {
                bag.Error(DiagnosticCodes.TagNotAllowed, Location(path, e.Start),
                    $"YAML tags such as '{e.Tag.Value}' are not supported: write the plain value; its meaning comes from the key.");
            }
        }

        /// <summary>
        /// Adds a finished node to its parent. <paramref name="weight"/> is the node's whole subtree;
        /// <paramref name="added"/> the nodes not counted yet: 1 for a scalar or a finished container
        /// (its children were counted as they came), the whole subtree for an alias. A limit broken
        /// is reported <paramref name="at"/>.
        /// </summary>
        private bool Attach(YamlNode node, long weight, int height, string? anchor, SourceLocation at, long added)
        {
            // Every use of an alias counts its whole subtree: this is what stops "billion laughs".
            nodes += added;
            if (nodes > options.MaxNodes)
            {
                bag.Error(DiagnosticCodes.TooLarge, at,
                    $"more than {options.MaxNodes:N0} YAML nodes (each use of an alias counts its whole subtree); a scenario needs far fewer.");
                return false;
            }

            if (stack.Count + height > options.MaxDepth)
            {
                bag.Error(DiagnosticCodes.TooLarge, at,
                    $"nesting deeper than {options.MaxDepth} levels (aliases included); a scenario needs far fewer.");
                return false;
            }

            if (anchor is not null)
            {
                anchors[anchor] = (node, weight, height);
            }

            if (stack.Count == 0)
            {
                Root = node;
                return true;
            }

            var parent = stack.Peek();
            parent.Weight += weight;
            parent.Height = Math.Max(parent.Height, height + 1);
            return parent.IsMap ? AttachToMap(parent, node) : AttachToList(parent, node);
        }

        private bool AttachToList(Frame parent, YamlNode node)
        {
            parent.Items.Add(node);
            if (parent.Items.Count > options.MaxListItems)
            {
                bag.Error(DiagnosticCodes.TooLarge, parent.Location,
                    $"a list of more than {options.MaxListItems:N0} items; a scenario needs far fewer.");
                return false;
            }

            return true;
        }

        private bool AttachToMap(Frame parent, YamlNode node)
        {
            if (parent.PendingKey is null && !parent.SkipValue)
            {
                if (node is not YamlScalar key)
                {
                    bag.Error(DiagnosticCodes.WrongType, node.Location, $"a key must be plain text, not {node.Describe()}.");
                    parent.SkipValue = true;
                    return true;
                }

                if (!parent.Keys.TryAdd(key.Value, key.Location))
                {
                    var first = parent.Keys[key.Value];
                    bag.Error(DiagnosticCodes.DuplicateKey, key.Location,
                        $"duplicate key '{key.Value}' (first at line {first.Line}); a key may appear once in a mapping.");
                    parent.SkipValue = true;
                    return true;
                }

                parent.PendingKey = key;
                return true;
            }

            if (parent.PendingKey is { } pending)
            {
                parent.Entries.Add(new YamlEntry(pending, node));
                if (parent.Entries.Count > options.MaxListItems)
                {
                    bag.Error(DiagnosticCodes.TooLarge, parent.Location,
                        $"a mapping of more than {options.MaxListItems:N0} keys; a scenario needs far fewer.");
                    return false;
                }
            }

            parent.PendingKey = null;
            parent.SkipValue = false;
            return true;
        }
    }
}
