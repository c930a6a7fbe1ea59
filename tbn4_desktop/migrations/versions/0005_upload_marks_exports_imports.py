"""upload marks, export records, imported bundles

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from tbn4_desktop.migrations import rerun

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns: existing executions are simply «not marked uploaded».
    rerun.add_column('subtask_execution', sa.Column('uploaded_on', sa.Date(), nullable=True))
    rerun.add_column('subtask_execution', sa.Column('ispu_reference', sa.String(length=200), nullable=True))

    rerun.create_table(
        'export_record',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('organization_id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('scope', sa.String(length=40), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('target', sa.String(length=1000), nullable=False),
        sa.Column('files', sa.Integer(), nullable=False),
        sa.Column('bytes', sa.Integer(), nullable=False),
        sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ['organization_id'],
            ['organization.id'],
            name=op.f('fk_export_record_organization_id_organization'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_export_record')),
    )
    rerun.create_index('export_record', 'ix_export_record_organization_id', ['organization_id'])

    rerun.create_table(
        'exported_item',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('export_id', sa.Integer(), nullable=False),
        sa.Column('execution_id', sa.Integer(), nullable=False),
        sa.Column('fingerprint', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ['export_id'],
            ['export_record.id'],
            name=op.f('fk_exported_item_export_id_export_record'),
            ondelete='CASCADE',
        ),
        sa.ForeignKeyConstraint(
            ['execution_id'],
            ['subtask_execution.id'],
            name=op.f('fk_exported_item_execution_id_subtask_execution'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_exported_item')),
        sa.UniqueConstraint('export_id', 'execution_id', name=op.f('uq_exported_item_export_id')),
    )
    rerun.create_index('exported_item', 'ix_exported_item_export_id', ['export_id'])
    rerun.create_index('exported_item', 'ix_exported_item_execution_id', ['execution_id'])

    rerun.create_table(
        'imported_bundle',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('organization_id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
        sa.Column('bundle_sha256', sa.String(length=64), nullable=False),
        sa.Column('bundle_created_at', sa.DateTime(), nullable=False),
        sa.Column('source_name', sa.String(length=500), nullable=False),
        sa.Column('imported_at', sa.DateTime(), nullable=False),
        sa.Column('superseded_at', sa.DateTime(), nullable=True),
        sa.Column('items', sa.Integer(), nullable=False),
        sa.Column('files', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ['organization_id'],
            ['organization.id'],
            name=op.f('fk_imported_bundle_organization_id_organization'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_imported_bundle')),
    )
    rerun.create_index('imported_bundle', 'ix_imported_bundle_organization_id', ['organization_id'])
    rerun.create_index('imported_bundle', 'ix_imported_bundle_manifest_sha256', ['manifest_sha256'])


def downgrade() -> None:
    with op.batch_alter_table('imported_bundle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_imported_bundle_manifest_sha256'))
        batch_op.drop_index(batch_op.f('ix_imported_bundle_organization_id'))
    op.drop_table('imported_bundle')
    with op.batch_alter_table('exported_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exported_item_execution_id'))
        batch_op.drop_index(batch_op.f('ix_exported_item_export_id'))
    op.drop_table('exported_item')
    with op.batch_alter_table('export_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_export_record_organization_id'))
    op.drop_table('export_record')
    with op.batch_alter_table('subtask_execution', schema=None) as batch_op:
        batch_op.drop_column('ispu_reference')
        batch_op.drop_column('uploaded_on')
