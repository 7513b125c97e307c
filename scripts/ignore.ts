/**
 * The part of .gitignore's rules Signpost's own .gitignore uses: "name/" (a folder, at any
 * depth), "dir/name/" (a folder under that path), "*.ext" and plain names. Enough for the
 * release to list the same files in an unpacked sources zip, with no git, as git does.
 */
export function ignoredBy(gitignore: string): (path: string) => boolean {
  const rules = gitignore
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      if (line.startsWith('!')) throw new Error(`.gitignore negation is not supported here: ${line}`);
      const pattern = line.replace(/^\//, '').replace(/\/$/, '');
      // A slash inside the pattern anchors it to the top; without one it matches at any depth.
      const anchored = line.replace(/\/$/, '').includes('/');
      const glob = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
      return { anchored, glob };
    });
  // A path is ignored when it, or any folder it is in, matches a rule.
  return (path) => {
    const parts = path.split('/');
    return parts.some((_, index) => {
      const prefix = parts.slice(0, index + 1).join('/');
      const name = parts[index]!;
      return rules.some((rule) => rule.glob.test(rule.anchored ? prefix : name));
    });
  };
}
