"""`flask assets`: the PWA's static files."""

import click
from flask.cli import AppGroup

from app.web.assets import cache_folder, compress_all

assets_cli = AppGroup("assets", help="The PWA's static files.")


@assets_cli.command("compress")
def compress():
    """Compress every static text file at the smallest level (after each release)."""
    compressed, deleted = compress_all()
    click.echo(f"{compressed} files compressed (brotli, gzip) in {cache_folder()}; "
               f"{deleted} stale variants deleted")
