module "compute" {
  source         = "terraform-aws-modules/eks/aws//modules/eks-managed-node-group"
  name           = "compute"
  cluster_name   = var.cluster_name
  instance_types = ["c6i.2xlarge"]
  min_size       = 2
  max_size       = 8
  desired_size   = 3
}
