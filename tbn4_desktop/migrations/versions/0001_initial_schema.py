"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from tbn4_desktop.migrations import rerun

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    rerun.create_table(
        'organization',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=500), nullable=False),
        sa.Column('bin', sa.String(length=12), nullable=True),
        sa.Column('level', sa.String(length=20), nullable=False),
        sa.Column('parent_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ['parent_id'], ['organization.id'], name=op.f('fk_organization_parent_id_organization'), ondelete='SET NULL'
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_organization')),
        sa.UniqueConstraint('bin', name=op.f('uq_organization_bin')),
    )
    rerun.create_index('organization', 'ix_organization_parent_id', ['parent_id'])

    rerun.create_table(
        'setting',
        sa.Column('key', sa.String(length=100), nullable=False),
        sa.Column('value', sa.String(length=2000), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_setting')),
    )
    rerun.create_table(
        'signatory',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('organization_id', sa.Integer(), nullable=False),
        sa.Column('full_name', sa.String(length=300), nullable=False),
        sa.Column('position', sa.String(length=500), nullable=False),
        sa.Column('role', sa.String(length=40), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ['organization_id'],
            ['organization.id'],
            name=op.f('fk_signatory_organization_id_organization'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_signatory')),
    )
    rerun.create_index('signatory', 'ix_signatory_organization_id', ['organization_id'])

    rerun.create_table(
        'year_plan',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('organization_id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('catalog_id', sa.String(length=100), nullable=False),
        sa.Column('catalog_version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ['organization_id'],
            ['organization.id'],
            name=op.f('fk_year_plan_organization_id_organization'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_year_plan')),
        sa.UniqueConstraint('organization_id', 'year', name=op.f('uq_year_plan_organization_id')),
    )
    rerun.create_index('year_plan', 'ix_year_plan_organization_id', ['organization_id'])

    rerun.create_table(
        'subtask_execution',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('year_plan_id', sa.Integer(), nullable=False),
        sa.Column('subtask_code', sa.String(length=20), nullable=False),
        sa.Column('period', sa.String(length=3), nullable=False),
        sa.Column('status', sa.String(length=30), nullable=False),
        sa.Column('due_date_override', sa.Date(), nullable=True),
        sa.Column('completed_on', sa.Date(), nullable=True),
        sa.Column('signatory_id', sa.Integer(), nullable=True),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ['signatory_id'],
            ['signatory.id'],
            name=op.f('fk_subtask_execution_signatory_id_signatory'),
            ondelete='SET NULL',
        ),
        sa.ForeignKeyConstraint(
            ['year_plan_id'],
            ['year_plan.id'],
            name=op.f('fk_subtask_execution_year_plan_id_year_plan'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_subtask_execution')),
        sa.UniqueConstraint('year_plan_id', 'subtask_code', 'period', name=op.f('uq_subtask_execution_year_plan_id')),
    )
    rerun.create_index('subtask_execution', 'ix_subtask_execution_signatory_id', ['signatory_id'])
    rerun.create_index('subtask_execution', 'ix_subtask_execution_year_plan_id', ['year_plan_id'])

    rerun.create_table(
        'attachment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('execution_id', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('original_name', sa.String(length=255), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('media_type', sa.String(length=100), nullable=False),
        sa.Column('role', sa.String(length=30), nullable=False),
        sa.Column('added_at', sa.DateTime(), nullable=False),
        sa.Column('removed_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ['execution_id'],
            ['subtask_execution.id'],
            name=op.f('fk_attachment_execution_id_subtask_execution'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
    )
    rerun.create_index('attachment', 'ix_attachment_execution_id', ['execution_id'])
    rerun.create_index('attachment', 'ix_attachment_sha256', ['sha256'])

    rerun.create_table(
        'link',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('execution_id', sa.Integer(), nullable=False),
        sa.Column('url', sa.String(length=2000), nullable=False),
        sa.Column('title', sa.String(length=500), nullable=False),
        sa.Column('published_on', sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ['execution_id'],
            ['subtask_execution.id'],
            name=op.f('fk_link_execution_id_subtask_execution'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_link')),
    )
    rerun.create_index('link', 'ix_link_execution_id', ['execution_id'])


def downgrade() -> None:
    with op.batch_alter_table('link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_link_execution_id'))

    op.drop_table('link')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_execution_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('subtask_execution', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subtask_execution_year_plan_id'))
        batch_op.drop_index(batch_op.f('ix_subtask_execution_signatory_id'))

    op.drop_table('subtask_execution')
    with op.batch_alter_table('year_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_year_plan_organization_id'))

    op.drop_table('year_plan')
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signatory_organization_id'))

    op.drop_table('signatory')
    op.drop_table('setting')
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organization_parent_id'))

    op.drop_table('organization')
